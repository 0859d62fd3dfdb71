(* GADTs: a typed expression evaluator, type witnesses, and existential packing. *)
type _ expr =
  | Int : int -> int expr
  | Bool : bool -> bool expr
  | Str : string -> string expr
  | Add : int expr * int expr -> int expr
  | Eq : int expr * int expr -> bool expr
  | If : bool expr * 'a expr * 'a expr -> 'a expr
  | Pair : 'a expr * 'b expr -> ('a * 'b) expr
  | Fst : ('a * 'b) expr -> 'a expr
  | Concat : string expr * string expr -> string expr
  | Len : string expr -> int expr

let rec eval : type a. a expr -> a = function
  | Int n -> n
  | Bool b -> b
  | Str s -> s
  | Add (a, b) -> eval a + eval b
  | Eq (a, b) -> eval a = eval b
  | If (c, t, e) -> if eval c then eval t else eval e
  | Pair (a, b) -> (eval a, eval b)
  | Fst p -> fst (eval p)
  | Concat (a, b) -> eval a ^ eval b
  | Len s -> String.length (eval s)

let rec size : type a. a expr -> int = function
  | Int _ | Bool _ | Str _ -> 1
  | Add (a, b) | Eq (a, b) -> 1 + size a + size b
  | If (c, t, e) -> 1 + size c + size t + size e
  | Pair (a, b) -> 1 + size a + size b
  | Fst p -> 1 + size p
  | Concat (a, b) -> 1 + size a + size b
  | Len s -> 1 + size s

(* type witnesses *)
type _ ty = TInt : int ty | TString : string ty | TList : 'a ty -> 'a list ty | TPair : 'a ty * 'b ty -> ('a * 'b) ty

let rec show : type a. a ty -> a -> string = fun t v -> match t with
  | TInt -> string_of_int v
  | TString -> Printf.sprintf "%S" v
  | TList t -> "[" ^ String.concat "; " (List.map (show t) v) ^ "]"
  | TPair (a, b) -> "(" ^ show a (fst v) ^ ", " ^ show b (snd v) ^ ")"

type (_, _) eq = Refl : ('a, 'a) eq
let rec ty_eq : type a b. a ty -> b ty -> (a, b) eq option = fun a b -> match a, b with
  | TInt, TInt -> Some Refl
  | TString, TString -> Some Refl
  | TList a, TList b -> (match ty_eq a b with Some Refl -> Some Refl | None -> None)
  | TPair (a1, b1), TPair (a2, b2) ->
    (match ty_eq a1 a2, ty_eq b1 b2 with Some Refl, Some Refl -> Some Refl | _ -> None)
  | _ -> None

type dyn = Dyn : 'a ty * 'a -> dyn
let cast : type a. a ty -> dyn -> a option = fun t (Dyn (t', v)) ->
  match ty_eq t' t with Some Refl -> Some v | None -> None

let () =
  let e = If (Eq (Add (Int 2, Int 3), Len (Str "hello")), Pair (Int 1, Concat (Str "a", Str "b")), Pair (Int 0, Str "no")) in
  let (n, s) = eval e in
  Printf.printf "eval -> (%d, %s), size %d\n" n s (size e);
  Printf.printf "fst %d, bool %b\n" (eval (Fst e)) (eval (Eq (Int 1, Int 2)));
  let dyns = [ Dyn (TInt, 42); Dyn (TString, "hi"); Dyn (TList TInt, [1; 2; 3]);
               Dyn (TPair (TString, TList TString), ("k", ["v1"; "v2"])) ] in
  List.iter (fun (Dyn (t, v)) -> print_endline (show t v)) dyns;
  List.iter (fun d -> match cast TInt d with
      | Some n -> Printf.printf "int %d\n" n
      | None -> (match cast (TList TInt) d with
          | Some l -> Printf.printf "int list of %d\n" (List.length l)
          | None -> print_endline "not an int")) dyns
