(* Arbitrary-precision naturals in base 10000 lists: factorials, powers and Fibonacci printed in full. *)
let base = 10000

let add a b =
  let rec go a b carry = match a, b with
    | [], [] -> if carry = 0 then [] else [carry]
    | x :: a', [] | [], x :: a' -> let s = x + carry in (s mod base) :: go a' [] (s / base)
    | x :: a', y :: b' -> let s = x + y + carry in (s mod base) :: go a' b' (s / base) in
  go a b 0

let mul_small a k =
  let rec go a carry = match a with
    | [] -> if carry = 0 then [] else (carry mod base) :: go [] (carry / base)
    | x :: a' -> let p = x * k + carry in (p mod base) :: go a' (p / base) in
  if k = 0 then [] else go a 0

let mul a b = List.fold_right (fun d acc -> add (mul_small b d) (if acc = [] then [] else 0 :: acc)) a []

let to_string a = match List.rev a with
  | [] -> "0"
  | top :: rest -> String.concat "" (string_of_int top :: List.map (Printf.sprintf "%04d") rest)

let of_int n = let rec go n = if n = 0 then [] else (n mod base) :: go (n / base) in go n

let () =
  let f = ref (of_int 1) in
  for i = 1 to 60 do
    f := mul_small !f i;
    if i mod 10 = 0 then Printf.printf "%d! = %s\n" i (to_string !f)
  done;
  let p = ref (of_int 1) in
  for _ = 1 to 200 do p := mul_small !p 2 done;
  Printf.printf "2^200 = %s\n" (to_string !p);
  let a = ref [] and b = ref (of_int 1) in
  for _ = 1 to 300 do let c = add !a !b in a := !b; b := c done;
  Printf.printf "fib 300 = %s\n" (to_string !a);
  let x = of_int 123456789 in
  let sq = mul x x in
  Printf.printf "123456789^2 = %s, ^4 = %s\n" (to_string sq) (to_string (mul sq sq));
  let digits = to_string !f in
  let sum = String.fold_left (fun s c -> s + Char.code c - 48) 0 digits in
  Printf.printf "60! has %d digits summing to %d\n" (String.length digits) sum
