(* Variants: nested patterns, or-patterns, guards, many constructors (SWITCH). *)
type expr =
  | Num of int
  | Add of expr * expr
  | Sub of expr * expr
  | Mul of expr * expr
  | Div of expr * expr
  | Neg of expr
  | Var of string
  | Let of string * expr * expr

type color = Red | Orange | Yellow | Green | Blue | Indigo | Violet | Black | White | Gray

let rec eval env = function
  | Num n -> n
  | Add (a, b) -> eval env a + eval env b
  | Sub (a, b) -> eval env a - eval env b
  | Mul (a, b) -> eval env a * eval env b
  | Div (a, b) -> let d = eval env b in if d = 0 then failwith "div by zero" else eval env a / d
  | Neg e -> - (eval env e)
  | Var v -> (try List.assoc v env with Not_found -> failwith ("unbound " ^ v))
  | Let (v, e, body) -> eval ((v, eval env e) :: env) body

let rec simplify = function
  | Add (Num 0, e) | Add (e, Num 0) -> simplify e
  | Mul (Num 1, e) | Mul (e, Num 1) -> simplify e
  | Mul (Num 0, _) | Mul (_, Num 0) -> Num 0
  | Neg (Neg e) -> simplify e
  | Add (a, b) -> Add (simplify a, simplify b)
  | Mul (a, b) -> Mul (simplify a, simplify b)
  | e -> e

let rec show = function
  | Num n when n < 0 -> Printf.sprintf "(%d)" n
  | Num n -> string_of_int n
  | Add (a, b) -> Printf.sprintf "(%s + %s)" (show a) (show b)
  | Sub (a, b) -> Printf.sprintf "(%s - %s)" (show a) (show b)
  | Mul (a, b) -> Printf.sprintf "%s * %s" (show a) (show b)
  | Div (a, b) -> Printf.sprintf "%s / %s" (show a) (show b)
  | Neg e -> "-" ^ show e
  | Var v -> v
  | Let (v, e, b) -> Printf.sprintf "let %s = %s in %s" v (show e) (show b)

let warm = function Red | Orange | Yellow -> true | _ -> false
let code = function
  | Red -> 1 | Orange -> 2 | Yellow -> 3 | Green -> 4 | Blue -> 5 | Indigo -> 6
  | Violet -> 7 | Black -> 8 | White -> 9 | Gray -> 10
let classify c n = match c, n with
  | (Black | White | Gray), _ -> "neutral"
  | _, n when n > 5 -> "bright " ^ string_of_int n
  | c, _ when warm c -> "warm"
  | _ -> "cool"

let () =
  let e = Let ("x", Add (Num 3, Num 4), Mul (Var "x", Sub (Var "x", Neg (Num 2)))) in
  Printf.printf "%s = %d\n" (show e) (eval [] e);
  let s = simplify (Add (Num 0, Mul (Num 1, Neg (Neg (Add (Var "y", Num 0)))))) in
  Printf.printf "simplified: %s\n" (show s);
  (try ignore (eval [] (Div (Num 1, Sub (Num 2, Num 2)))) with Failure m -> Printf.printf "Failure %s\n" m);
  (try ignore (eval [] (Var "zz")) with Failure m -> Printf.printf "Failure %s\n" m);
  Printf.printf "%s\n" (show (Num (-7)));
  let all = [Red; Orange; Yellow; Green; Blue; Indigo; Violet; Black; White; Gray] in
  List.iter (fun c -> Printf.printf "%d:%s " (code c) (classify c (code c))) all;
  print_newline ();
  let pairs = List.map (fun c -> (c, warm c)) all in
  Printf.printf "warm count %d\n" (List.length (List.filter snd pairs));
  let nested = [ Some (Ok 1); Some (Error "e"); None; Some (Ok 42) ] in
  List.iter (function
      | Some (Ok n) when n > 10 -> Printf.printf "big ok %d; " n
      | Some (Ok n) -> Printf.printf "ok %d; " n
      | Some (Error s) -> Printf.printf "error %s; " s
      | None -> print_string "none; ") nested;
  print_newline ()
