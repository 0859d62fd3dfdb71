(* Float printing across magnitudes: %e %f %g %.17g %h of powers, fractions and rounding boundaries. *)
let () =
  for e = -12 to 22 do
    let f = 10.0 ** float_of_int e in
    Printf.printf "1e%d: %g | %e | %.3g | %s\n" e f f (f *. 1.2345) (string_of_float (f *. 7.0))
  done;
  for k = -6 to 6 do
    let f = 2.0 ** float_of_int (k * 11) in
    Printf.printf "2^%d: %.17g %h %F\n" (k * 11) f f f
  done;
  List.iter (fun f -> Printf.printf "%.2f %.1f %.0f %.3e %.2g\n" f f f f f)
    [0.125; 0.375; 2.675; 1.005; 0.045; 9.995; 99.5; 0.0005; 1234.5; 0.95; 9.5; -0.5; -1.25];
  let x = ref 1.0 in
  for i = 1 to 30 do x := !x *. 1.7; if i mod 3 = 0 then Printf.printf "%d: %.6g %.12e\n" i !x !x done;
  List.iter (fun f -> Printf.printf "%g %g %g\n" f (-. f) (1.0 /. f)) [3.0; 7.0; 9.0; 11.0; 13.0; 1e-3];
  Printf.printf "%.20f\n%.30e\n%.25g\n" 0.1 (1.0 /. 3.0) (2.0 /. 3.0);
  Printf.printf "%f %e %g\n" 1e300 1e-300 1e-300;
  Printf.printf "%.0e %.0f %#.0f %#.0e\n" 5.0 5.0 5.0 5.0;
  Printf.printf "%12.5g|%-12.5g|%012.5g\n" 3.14159e-7 3.14159e7 (-3.14159)
