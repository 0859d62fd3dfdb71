(* Printf float conversions: %f %F %e %E %g %G %h, flags, widths, precisions. *)
let values = [0.0; -0.0; 1.0; -1.5; 3.14159265358979; 2.5; 0.1; 1e-5; 123456.789;
              1e10; 1.5e-10; 6.02214076e23; -2.718281828; 100.0; 0.5; 999999.5]

let () =
  List.iter (fun f ->
    Printf.printf "%f|%.0f|%.2f|%10.3f|%-10.1f|%+f|% f|%010.2f\n" f f f f f f f f) values;
  List.iter (fun f ->
    Printf.printf "%e|%.2e|%E|%12.4e|%+.1E\n" f f f f f) values;
  List.iter (fun f ->
    Printf.printf "%g|%.3g|%G|%10g|%.10g|%#g\n" f f f f f f) values;
  List.iter (fun f -> Printf.printf "%F|%h|%H\n" f f f) values;
  List.iter (fun f -> Printf.printf "%F %f %e %g\n" f f f f)
    [infinity; neg_infinity; nan; max_float; min_float; epsilon_float];
  for p = 0 to 8 do Printf.printf "%.*f %.*e %.*g\n" p 1.23456789 p 1.23456789 p 1.23456789 done;
  Printf.printf "%*.*f|\n" 12 3 (-42.4242);
  Printf.printf "%5.1f%%\n" 99.44
