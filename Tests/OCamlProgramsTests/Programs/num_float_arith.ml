(* Float arithmetic, special values, classify_float, and structural equality on nan. *)
let cls f = match classify_float f with
  | FP_normal -> "normal" | FP_subnormal -> "subnormal" | FP_zero -> "zero"
  | FP_infinite -> "infinite" | FP_nan -> "nan"

let () =
  let vals = [0.0; -0.0; 1.0; -1.0; 0.1; 1e308; 1e-308; 5e-324; 2.2250738585072014e-308; infinity; neg_infinity; nan; max_float; min_float] in
  List.iter (fun f -> Printf.printf "%h %s %.17g sign=%b\n" f (cls f) f (Float.sign_bit f)) vals;
  Printf.printf "0.1+0.2=%.17g 1/3=%.17g 2/3*3=%.17g\n" (0.1 +. 0.2) (1.0 /. 3.0) (2.0 /. 3.0 *. 3.0);
  (* An invalid operation's NaN has the hardware's sign (set on x86, clear in compiler-rt's
     soft float and on ARM): print its class, not its sign. nan and -. nan are portable. *)
  Printf.printf "1/0=%f -1/0=%f 0/0 %s inf-inf %s inf*0 %s, nan=%f -nan=%f\n" (1.0 /. 0.0) (-1.0 /. 0.0)
    (cls (0.0 /. 0.0)) (cls (infinity -. infinity)) (cls (infinity *. 0.0)) nan (-. nan);
  Printf.printf "max*2=%f min/2=%g eps=%g 1+eps/2=1 %b\n" (max_float *. 2.0) (min_float /. 2.0) epsilon_float (1.0 +. epsilon_float /. 2.0 = 1.0);
  Printf.printf "-0 = 0 %b, 1/-0 = %f, compare -0 0 = %d\n" (-0.0 = 0.0) (1.0 /. (-0.0)) (compare (-0.0) 0.0);
  Printf.printf "nan = nan %b, nan <> nan %b, nan == nan %b, compare nan nan %d, compare nan 1 %d, compare 1 nan %d\n"
    (nan = nan) (nan <> nan) (let x = nan in x == x) (compare nan nan) (compare nan 1.0) (compare 1.0 nan);
  Printf.printf "[nan] = [nan] %b, compare [nan] [nan] %d, (nan,1) = (nan,1) %b\n" ([nan] = [nan]) (compare [nan] [nan]) ((nan, 1) = (nan, 1));
  Printf.printf "nan < 1 %b, nan > 1 %b, min nan 1 %f, max 1 nan %f\n" (nan < 1.0) (nan > 1.0) (min nan 1.0) (max 1.0 nan);
  Printf.printf "Float.min nan 1 %f, Float.min_num nan 1 %f, Float.max_num 2 nan %f\n" (Float.min nan 1.0) (Float.min_num nan 1.0) (Float.max_num 2.0 nan);
  Printf.printf "is_nan %b is_finite %b %b is_integer %b %b\n" (Float.is_nan nan) (Float.is_finite infinity) (Float.is_finite 1.0) (Float.is_integer 3.0) (Float.is_integer 3.5);
  let sum = ref 0.0 in
  for i = 1 to 1000 do sum := !sum +. 1.0 /. float_of_int (i * i) done;
  Printf.printf "basel 1000 = %.15f\n" !sum;
  let kahan xs = let s = ref 0.0 and c = ref 0.0 in
    List.iter (fun x -> let y = x -. !c in let t = !s +. y in c := (t -. !s) -. y; s := t) xs; !s in
  let xs = List.init 1000 (fun _ -> 0.1) in
  Printf.printf "naive %.17g kahan %.17g\n" (List.fold_left (+.) 0.0 xs) (kahan xs);
  Printf.printf "neg %f abs %f %f rem %f %f\n" (-. 2.5) (abs_float (-3.0)) (Float.abs (-0.0)) (mod_float 7.5 2.0) (mod_float (-7.5) 2.0);
  Printf.printf "fma %.17g succ %h pred %h\n" (Float.fma 0.1 10.0 (-1.0)) (Float.succ 1.0) (Float.pred 1.0);
  Printf.printf "of_int %F to_int %d %d\n" (Float.of_int 123) (Float.to_int 9.99) (Float.to_int (-9.99));
  Printf.printf "equal %b %b compare %d %d\n" (Float.equal nan nan) (Float.equal 0.0 (-0.0)) (Float.compare nan 0.0) (Float.compare 1.0 2.0)
