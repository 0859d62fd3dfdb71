(* Rationals over int with gcd normalisation; continued fractions and float conversion. *)
type q = { num : int; den : int }

let rec gcd a b = if b = 0 then abs a else gcd b (a mod b)
let make n d =
  if d = 0 then raise Division_by_zero;
  let g = gcd n d in
  let s = if d < 0 then -1 else 1 in
  { num = s * n / g; den = s * d / g }
let add a b = make (a.num * b.den + b.num * a.den) (a.den * b.den)
let sub a b = make (a.num * b.den - b.num * a.den) (a.den * b.den)
let mul a b = make (a.num * b.num) (a.den * b.den)
let div a b = make (a.num * b.den) (a.den * b.num)
let show q = if q.den = 1 then string_of_int q.num else Printf.sprintf "%d/%d" q.num q.den
let to_float q = float_of_int q.num /. float_of_int q.den

let rec cf q = if q.den = 1 then [q.num] else
  let i = (if q.num >= 0 then q.num / q.den else (q.num - q.den + 1) / q.den) in
  i :: cf (make q.den (q.num - i * q.den))

let () =
  let h = ref (make 0 1) in
  (* H(20)'s cross products exceed 31 bits (275295799 * 20): stop at H(19) so that the
     same numbers print on 31 and 63 bits. *)
  for i = 1 to 19 do
    h := add !h (make 1 i);
    if i mod 4 = 0 || i = 19 then Printf.printf "H(%d) = %s = %.12f\n" i (show !h) (to_float !h)
  done;
  let pairs = [(make 1 2, make 1 3); (make (-3) 4, make 5 (-6)); (make 7 1, make 14 2); (make 0 5, make 2 9)] in
  List.iter (fun (a, b) ->
    Printf.printf "%s, %s: + %s - %s * %s / %s\n" (show a) (show b) (show (add a b)) (show (sub a b)) (show (mul a b))
      (try show (div a b) with Division_by_zero -> "Division_by_zero")) pairs;
  List.iter (fun q -> Printf.printf "cf %s = [%s]\n" (show q) (String.concat "; " (List.map string_of_int (cf q))))
    [make 415 93; make 649 200; make (-7) 3; make 1 1];
  let approx = ref (make 1 1) in
  for _ = 1 to 12 do approx := add (make 1 1) (div (make 1 1) !approx) done;
  Printf.printf "golden %s = %.15f (phi %.15f)\n" (show !approx) (to_float !approx) ((1.0 +. sqrt 5.0) /. 2.0);
  (match make 1 0 with _ -> () | exception Division_by_zero -> print_endline "make 1 0: Division_by_zero")
