(* floor, ceil, round, trunc, truncate, modf, frexp, ldexp, copysign on many values. *)
let () =
  let vals = [0.0; -0.0; 0.5; -0.5; 1.5; -1.5; 2.5; -2.5; 0.49999999999999994; 1e15 +. 0.5; 3.7; -3.7;
              1e20; 4503599627370497.0; infinity; neg_infinity; nan] in
  List.iter (fun f ->
    let fr, ip = modf f in
    let m, e = frexp f in
    Printf.printf "%h: floor %h ceil %h round %h trunc %h modf (%h, %h) frexp (%h, %d)\n" f
      (floor f) (ceil f) (Float.round f) (Float.trunc f) fr ip m e) vals;
  List.iter (fun f -> Printf.printf "truncate %g = %d, int_of_float = %d\n" f (truncate f) (int_of_float f))
    [0.0; 0.99; -0.99; 123.456; -123.456; 1e9; -1e9];
  List.iter (fun (m, e) -> Printf.printf "ldexp %g %d = %h\n" m e (ldexp m e))
    [(1.0, 10); (0.5, -1); (1.0, 1023); (1.0, 1024); (1.0, -1074); (1.0, -1075); (3.0, -2); (-1.5, 3)];
  List.iter (fun (a, b) -> Printf.printf "copysign %g %g = %g\n" a b (copysign a b))
    [(1.0, -0.0); (-2.0, 3.0); (0.0, -1.0); (infinity, -1.0); (5.0, nan)];
  Printf.printf "Float.of_string %g, Float.to_string %s, rem %g\n" (Float.of_string "12.5") (Float.to_string 0.25) (Float.rem 10.0 3.0);
  let round_to n f = let p = 10.0 ** float_of_int n in Float.round (f *. p) /. p in
  List.iter (fun n -> Printf.printf "pi to %d places = %.*f\n" n n (round_to n 3.14159265358979)) [0; 1; 2; 3; 5; 8];
  let x = ref 1.0 and steps = ref 0 in
  while !x <> 0.0 do x := !x /. 2.0; incr steps done;
  Printf.printf "halvings to zero %d\n" !steps;
  let y = ref 1.0 and n = ref 0 in
  while !y < infinity do y := !y *. 2.0; incr n done;
  Printf.printf "doublings to infinity %d\n" !n
