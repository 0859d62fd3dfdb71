(* let rec: mutually recursive functions and recursive values (cyclic data). *)
let rec is_even n = if n = 0 then true else is_odd (n - 1)
and is_odd n = if n = 0 then false else is_even (n - 1)

let rec ping n acc = if n = 0 then List.rev acc else pong (n - 1) ("ping" :: acc)
and pong n acc = if n = 0 then List.rev acc else ping (n - 1) ("pong" :: acc)

(* three-way mutual recursion *)
let rec a n = if n <= 0 then "a" else "a" ^ b (n - 1)
and b n = if n <= 0 then "b" else "b" ^ c (n - 1)
and c n = if n <= 0 then "c" else "c" ^ a (n - 1)

(* recursive values: cyclic lists *)
let rec ones = 1 :: ones
let rec x = 1 :: y and y = 2 :: x

let take n l =
  let rec go n l acc = if n = 0 then List.rev acc else match l with
    | [] -> List.rev acc | h :: t -> go (n - 1) t (h :: acc) in
  go n l []

type node = { name : string; mutable next : node }
let rec n1 = { name = "one"; next = n2 } and n2 = { name = "two"; next = n3 }
and n3 = { name = "three"; next = n1 }

(* recursive closure value referring to itself through a record *)
type ops = { fact : int -> int; fib : int -> int }
let rec ops = { fact = (fun n -> if n <= 1 then 1 else n * ops.fact (n - 1));
                fib = (fun n -> if n < 2 then n else ops.fib (n - 1) + ops.fib (n - 2)) }

(* local let rec inside a function capturing its arguments *)
let collatz start =
  let rec step n count = if n = 1 then count else if n mod 2 = 0 then step (n / 2) (count + 1)
    else odd_step n count
  and odd_step n count = step (3 * n + 1) (count + 1) in
  step start 0

let () =
  Printf.printf "even 10=%b odd 10=%b even 7=%b\n" (is_even 10) (is_odd 10) (is_even 7);
  print_endline (String.concat "," (ping 5 []));
  print_endline (a 7);
  print_endline (String.concat " " (List.map string_of_int (take 5 ones)));
  print_endline (String.concat " " (List.map string_of_int (take 7 x)));
  print_endline (String.concat " " (List.map string_of_int (take 4 y)));
  Printf.printf "physically cyclic: %b %b\n" (List.tl (List.tl x) == x) (List.tl ones == ones);
  let rec walk n k acc = if k = 0 then List.rev acc else walk n.next (k - 1) (n.name :: acc) in
  print_endline (String.concat "->" (walk n1 7 []));
  n3.next <- n2;
  print_endline (String.concat "->" (walk n1 7 []));
  Printf.printf "fact 10 = %d, fib 15 = %d\n" (ops.fact 10) (ops.fib 15);
  List.iter (fun s -> Printf.printf "collatz %d = %d\n" s (collatz s)) [1; 6; 7; 27; 97]
