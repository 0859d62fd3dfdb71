(* Recursive polymorphic variants, open recursion over extensible expression languages. *)
type 'a base = [ `Num of int | `Add of 'a * 'a ]
type 'a ext = [ 'a base | `Mul of 'a * 'a | `Neg of 'a ]
type full = full ext

let eval_base eval_rec : 'a base -> int = function
  | `Num n -> n
  | `Add (a, b) -> eval_rec a + eval_rec b

let eval_ext eval_rec : 'a ext -> int = function
  | #base as b -> eval_base eval_rec b
  | `Mul (a, b) -> eval_rec a * eval_rec b
  | `Neg a -> - (eval_rec a)

let rec eval_full (e : full) = eval_ext eval_full e

let rec show : ([< `Num of int | `Add of 'a * 'a | `Mul of 'a * 'a | `Neg of 'a ] as 'a) -> string = function
  | `Num n -> string_of_int n
  | `Add (a, b) -> "(" ^ show a ^ "+" ^ show b ^ ")"
  | `Mul (a, b) -> show a ^ "*" ^ show b
  | `Neg a -> "-" ^ show a

let rec base_only : ('a base as 'a) -> int = function `Num n -> n | `Add (a, b) -> base_only a + base_only b

(* a polymorphic variant list type *)
type 'a plist = [ `Nil | `Cons of 'a * 'a plist ]
let rec plist_of_list = function [] -> `Nil | x :: t -> `Cons (x, plist_of_list t)
let rec plength : 'a plist -> int = function `Nil -> 0 | `Cons (_, t) -> 1 + plength t
let rec pmap f : 'a plist -> 'b plist = function `Nil -> `Nil | `Cons (x, t) -> `Cons (f x, pmap f t)
let rec psum : int plist -> int = function `Nil -> 0 | `Cons (x, t) -> x + psum t

let () =
  let e : full = `Add (`Mul (`Num 3, `Num 4), `Neg (`Add (`Num 1, `Num 2))) in
  Printf.printf "%s = %d\n" (show e) (eval_full e);
  let b = `Add (`Num 10, `Add (`Num 20, `Num 12)) in
  Printf.printf "%s = %d = %d\n" (show b) (base_only b) (eval_full (b :> full));
  let l = plist_of_list [1; 2; 3; 4] in
  Printf.printf "length %d sum %d doubled sum %d\n" (plength l) (psum l) (psum (pmap (fun x -> x * 2) l));
  let tagged = List.map (fun x -> if x mod 2 = 0 then `Even x else `Odd (string_of_int x)) [1; 2; 3; 4; 5] in
  List.iter (function `Even n -> Printf.printf "E%d " n | `Odd s -> Printf.printf "O%s " s) tagged;
  print_newline ();
  Printf.printf "equal %b %b compare %d\n" (e = e) (`Num 1 = (`Num 2 : full)) (compare (`Num 1 : full) (`Neg (`Num 0)))
