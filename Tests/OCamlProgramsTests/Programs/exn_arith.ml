(* Division_by_zero from `/` and `mod` with a divisor known only at run time, from
   constant expressions, inside loops, and the results of division around zero *)
let divisors = [| 3; -3; 1; -1; 0; 7; 0; 1000 |]

let safe_div a b = try Some (a / b) with Division_by_zero -> None
let safe_mod a b = match a mod b with v -> Ok v | exception Division_by_zero -> Error "mod by zero"

let () =
  Array.iter (fun d ->
      let q = match safe_div 100 d with Some q -> string_of_int q | None -> "div0" in
      let r = match safe_mod (-100) d with Ok r -> string_of_int r | Error e -> e in
      Printf.printf "100/%d=%s -100 mod %d=%s\n" d q d r)
    divisors

let () =
  let zeros = ref 0 and acc = ref 0 in
  for i = -50 to 50 do
    for j = -5 to 5 do
      try acc := !acc + (i / j) + (i mod j) with Division_by_zero -> incr zeros
    done
  done;
  Printf.printf "acc %d zeros %d\n" !acc !zeros

let zero () = 0
let () =
  (try Printf.printf "%d\n" (1 / zero ()) with Division_by_zero -> print_endline "1/0 raised");
  (try Printf.printf "%d\n" (1 mod zero ()) with Division_by_zero -> print_endline "1 mod 0 raised");
  (try Printf.printf "%d\n" (Int.div 5 (zero ())) with e -> print_endline (Printexc.to_string e));
  (try Printf.printf "%d\n" (Int.rem 5 (zero ())) with e -> print_endline (Printexc.to_string e));
  (* floats do not raise *)
  Printf.printf "%f %f %b\n" (1.0 /. 0.0) (-1.0 /. 0.0) (Float.is_nan (0.0 /. 0.0));
  Printf.printf "%h\n" (Float.rem 5.5 2.0)

(* signs of quotient and remainder: truncation toward zero *)
let () =
  List.iter (fun (a, b) -> Printf.printf "(%d,%d) -> q=%d r=%d\n" a b (a / b) (a mod b))
    [ (7, 2); (-7, 2); (7, -2); (-7, -2); (0, 5); (1, 1); (-1, 1); (123456789, 1000); (-123456789, 7) ]

(* an uncaught-looking division deep in a fold, caught outside *)
let () =
  let l = [ 10; 5; 2; 1; 0; 3 ] in
  match List.fold_left (fun acc d -> acc + (1000 / d)) 0 l with
  | v -> Printf.printf "sum %d\n" v
  | exception Division_by_zero -> print_endline "fold hit zero"
