(* Higher-order combinators: Church numerals, fixpoint combinator, CPS, function composition chains. *)
type church = { f : 'a. ('a -> 'a) -> 'a -> 'a }

let zero = { f = fun _ x -> x }
let succ n = { f = fun s x -> s (n.f s x) }
let add a b = { f = fun s x -> a.f s (b.f s x) }
let mul a b = { f = fun s -> a.f (b.f s) }
let to_int n = n.f (fun x -> x + 1) 0
let to_string n = n.f (fun s -> "S(" ^ s ^ ")") "Z"
let rec of_int k = if k = 0 then zero else succ (of_int (k - 1))

let rec fix f x = f (fix f) x
let fact = fix (fun self n -> if n <= 1 then 1 else n * self (n - 1))

let rec fact_cps n k = if n <= 1 then k 1 else fact_cps (n - 1) (fun r -> k (n * r))
let rec fib_cps n k = if n < 2 then k n else fib_cps (n - 1) (fun a -> fib_cps (n - 2) (fun b -> k (a + b)))

let curry f a b = f (a, b)
let uncurry f (a, b) = f a b
let ( >> ) f g x = g (f x)

let () =
  let three = of_int 3 and four = of_int 4 in
  Printf.printf "church %d %d %d %s\n" (to_int (add three four)) (to_int (mul three four)) (to_int (mul (add three three) four)) (to_string three);
  Printf.printf "fix fact %d %d\n" (fact 5) (fact 12);
  Printf.printf "cps fact %d fib %d\n" (fact_cps 10 (fun x -> x)) (fib_cps 20 (fun x -> x));
  let plus = curry (fun (a, b) -> a + b) in
  let times = uncurry ( * ) in
  Printf.printf "curry %d uncurry %d\n" (plus 2 3) (times (4, 5));
  let pipeline = (fun x -> x + 1) >> (fun x -> x * 2) >> string_of_int >> (fun s -> s ^ "!") in
  print_endline (pipeline 20);
  let twice f = f >> f in
  let quad = twice (twice (fun x -> x * 2)) in
  Printf.printf "quad %d\n" (quad 3);
  let rec iterate n f = if n = 0 then Fun.id else f >> iterate (n - 1) f in
  Printf.printf "iterate %d %s\n" (iterate 10 (fun x -> x + 3) 0) (iterate 3 (fun s -> s ^ s) "ab")
