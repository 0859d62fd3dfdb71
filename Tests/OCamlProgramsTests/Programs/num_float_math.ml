(* Float library functions: sqrt, exp, log, expm1, log1p, hypot, trig, hyperbolic, ** and friends. *)
(* The sign of a NaN made by an invalid operation is the hardware's (x86 sets it, compiler-rt's
   soft float and ARM do not), so NaN results print as "nan" whatever their sign. The
   transcendental functions are within 1 ulp of the exact value in both libraries but not
   always the same double (Kiln's sin(-2.5) is 0.503 ulp away, glibc's 0.497), so they print
   12 significant digits; sqrt is correctly rounded everywhere and prints all 17. *)
let g x = if Float.is_nan x then "nan" else Printf.sprintf "%.12g" x
let show name f xs = List.iter (fun x -> Printf.printf "%s %g = %s\n" name x (g (f x))) xs

let () =
  show "sqrt" sqrt [0.0; 1.0; 2.0; 1e-10; 1e10; -1.0];
  List.iter (fun x -> Printf.printf "sqrt %g = %.17g\n" x (sqrt x)) [2.0; 3.0; 0.1; 1e300; 5e-324];
  show "exp" exp [0.0; 1.0; -1.0; 10.0; 709.0; 710.0; -745.0];
  show "log" log [1.0; 2.718281828459045; 10.0; 0.5; 0.0; -1.0];
  show "log10" log10 [1.0; 1000.0; 0.001; 2.0];
  show "log2" Float.log2 [1.0; 1024.0; 3.0];
  show "expm1" expm1 [0.0; 1e-10; 1e-5; 1.0; -1.0];
  show "log1p" log1p [0.0; 1e-10; 1e-5; 1.0; -0.5];
  show "cbrt" Float.cbrt [27.0; -8.0; 2.0];
  show "exp2" Float.exp2 [10.0; 0.5; -1.0];
  List.iter (fun (a, b) -> Printf.printf "hypot %g %g = %s\n" a b (g (hypot a b)))
    [(3.0, 4.0); (1e200, 1e200); (0.0, 0.0); (infinity, nan); (5.0, 12.0)];
  List.iter (fun (a, b) -> Printf.printf "%g ** %g = %s\n" a b (g (a ** b)))
    [(2.0, 10.0); (2.0, 0.5); (10.0, -2.0); (0.0, 0.0); (-8.0, 1.0 /. 3.0); (-2.0, 3.0); (1.0, nan); (nan, 0.0); (2.0, 1024.0)];
  let pi = 4.0 *. atan 1.0 in
  Printf.printf "pi = %.17g Float.pi = %b\n" pi (pi = Float.pi);
  List.iter (fun x -> Printf.printf "x=%g sin %s cos %s tan %s\n" x (g (sin x)) (g (cos x)) (g (tan x)))
    [0.0; pi /. 6.0; pi /. 4.0; pi /. 2.0; pi; 1.0; -2.5; 100.0];
  show "asin" asin [0.0; 0.5; 1.0; 2.0];
  show "acos" acos [1.0; 0.0; -1.0];
  show "atan" atan [0.0; 1.0; infinity];
  List.iter (fun (y, x) -> Printf.printf "atan2 %g %g = %s\n" y x (g (atan2 y x)))
    [(1.0, 1.0); (1.0, -1.0); (-1.0, -1.0); (0.0, -1.0); (-0.0, -1.0); (1.0, 0.0); (0.0, 0.0)];
  show "sinh" sinh [0.0; 1.0; -2.0];
  show "cosh" cosh [0.0; 1.0];
  show "tanh" tanh [0.5; 20.0];
  show "asinh" Float.asinh [1.0];
  show "acosh" Float.acosh [2.0];
  show "atanh" Float.atanh [0.5];
  let rec newton x n = if n = 0 then x else newton (x -. (x *. x -. 2.0) /. (2.0 *. x)) (n - 1) in
  Printf.printf "newton sqrt2 %.17g vs %.17g\n" (newton 1.0 6) (sqrt 2.0);
  let e_series = let t = ref 1.0 and s = ref 1.0 in for i = 1 to 20 do t := !t /. float_of_int i; s := !s +. !t done; !s in
  Printf.printf "e series %.17g exp 1 %.17g\n" e_series (exp 1.0)
