let () =
  let x = 1.5 and y = -0.25 in
  Printf.printf "%g %g %g %g\n" (x +. y) (x -. y) (x *. y) (x /. y);
  Printf.printf "%.6f %.6f %.6f\n" (sqrt 2.0) (exp 1.0) (log 10.0);
  Printf.printf "%d %d %g\n" (int_of_float 3.99) (truncate (-2.5)) (float_of_int 7);
  Printf.printf "%b %b %g\n" (x > y) (nan = nan) (Float.abs (-3.0));
  Printf.printf "%s %s\n" (string_of_float 0.1) (string_of_float 1e100);
  let a = [| 1.0; 2.0; 3.0 |] in
  a.(1) <- 5.0;
  Printf.printf "%g\n" (Array.fold_left ( +. ) 0.0 a);
  let r = ref 0.0 in
  for i = 1 to 1000 do r := !r +. 1.0 /. float_of_int i done;
  Printf.printf "%.10f\n" !r
