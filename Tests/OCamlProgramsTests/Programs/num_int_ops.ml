(* int division and remainder signs, division by zero, shifts and bit operations on small values. *)
let safe_div a b = try Printf.sprintf "%d" (a / b) with Division_by_zero -> "Division_by_zero"
let safe_mod a b = try Printf.sprintf "%d" (a mod b) with Division_by_zero -> "Division_by_zero"

let () =
  let nums = [17; -17; 5; -5; 0; 1; -1; 1000; 123456789] in
  List.iter (fun a -> List.iter (fun b ->
    Printf.printf "%d/%d=%s %d mod %d=%s\n" a b (safe_div a b) a b (safe_mod a b)) [5; -5; 1; 0; 7]) nums;
  let zero = List.length [] in
  (match 10 / zero with _ -> () | exception e -> Printf.printf "caught %s\n" (Printexc.to_string e));
  (match 10 mod zero with _ -> () | exception e -> Printf.printf "caught %s\n" (Printexc.to_string e));
  let check_div a b = let q = a / b and r = a mod b in q * b + r = a && abs r < abs b in
  Printf.printf "division identity holds: %b\n"
    (List.for_all (fun a -> List.for_all (fun b -> check_div a b) [1; -1; 3; -3; 7; 1000]) nums);
  for s = 0 to 12 do
    Printf.printf "s=%2d: 1 lsl s=%5d  4096 lsr s=%4d  -4096 asr s=%5d  0x5A5 land (1 lsl s)=%d\n" s (1 lsl s) (4096 lsr s) ((-4096) asr s) (0x5A5 land (1 lsl s))
  done;
  List.iter (fun (a, b) -> Printf.printf "%d land %d = %d, lor = %d, lxor = %d, lnot a = %d\n" a b (a land b) (a lor b) (a lxor b) (lnot a))
    [(12, 10); (255, 15); (-1, 255); (-8, 7); (0x3FF0, 0x0FF3); (-256, -16)];
  let rev_bits8 x = let r = ref 0 in for i = 0 to 7 do if x land (1 lsl i) <> 0 then r := !r lor (1 lsl (7 - i)) done; !r in
  Printf.printf "rev bits %d %d %d\n" (rev_bits8 1) (rev_bits8 0xF0) (rev_bits8 0x35);
  let isqrt n = let rec go x = let y = (x + n / x) / 2 in if y >= x then x else go y in if n < 2 then n else go n in
  List.iter (fun n -> Printf.printf "isqrt %d = %d\n" n (isqrt n)) [0; 1; 15; 16; 17; 1000000; 999999999];
  let rec pow a n = if n = 0 then 1 else let h = pow a (n / 2) in if n mod 2 = 0 then h * h else h * h * a in
  Printf.printf "pow %d %d %d\n" (pow 2 20) (pow 3 13) (pow (-2) 9);
  let collatz n = let rec go n k = if n = 1 then k else go (if n land 1 = 0 then n lsr 1 else 3 * n + 1) (k + 1) in go n 0 in
  Printf.printf "collatz 27 %d, 97 %d, 871 %d\n" (collatz 27) (collatz 97) (collatz 871);
  Printf.printf "abs %d %d succ %d pred %d\n" (abs (-42)) (abs 42) (succ 9) (pred 0)
