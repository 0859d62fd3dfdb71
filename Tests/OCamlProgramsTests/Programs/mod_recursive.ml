(* Recursive modules (module rec): CamlinternalMod.init_mod / update_mod at run time. *)
module rec Expr : sig
  type t = Num of int | Block of Stmts.t | Plus of t * t
  val eval : t -> int
  val show : t -> string
end = struct
  type t = Num of int | Block of Stmts.t | Plus of t * t
  let rec eval = function Num n -> n | Block s -> Stmts.eval s | Plus (a, b) -> eval a + eval b
  let rec show = function
    | Num n -> string_of_int n
    | Block s -> "{" ^ Stmts.show s ^ "}"
    | Plus (a, b) -> show a ^ "+" ^ show b
end
and Stmts : sig
  type t = Expr.t list
  val eval : t -> int
  val show : t -> string
end = struct
  type t = Expr.t list
  let eval l = List.fold_left (fun _ e -> Expr.eval e) 0 l
  let show l = String.concat "; " (List.map Expr.show l)
end

module rec Even : sig val test : int -> bool end = struct
  let test n = if n = 0 then true else Odd.test (n - 1)
end
and Odd : sig val test : int -> bool end = struct
  let test n = if n = 0 then false else Even.test (n - 1)
end

(* a recursive module with a set of itself *)
module rec Tree : sig
  type t = Node of string * TreeSet.t
  val compare : t -> t -> int
  val size : t -> int
end = struct
  type t = Node of string * TreeSet.t
  let compare (Node (a, _)) (Node (b, _)) = String.compare a b
  let size (Node (_, s)) = TreeSet.fold (fun t acc -> acc + Tree.size t) s 1
end
and TreeSet : Set.S with type elt = Tree.t = Set.Make (Tree)

let leaf s = Tree.Node (s, TreeSet.empty)

let () =
  let open Expr in
  let e = Plus (Num 1, Block [ Num 5; Plus (Num 2, Block [ Num 10; Num 20 ]) ]) in
  Printf.printf "%s = %d\n" (show e) (eval e);
  Printf.printf "even 10 %b, odd 7 %b, even 7 %b\n" (Even.test 10) (Odd.test 7) (Even.test 7);
  let t = Tree.Node ("root", TreeSet.of_list [ leaf "b"; leaf "a";
                                               Tree.Node ("c", TreeSet.of_list [ leaf "x"; leaf "y" ]); leaf "a" ]) in
  Printf.printf "tree size %d\n" (Tree.size t);
  let (Tree.Node (_, kids)) = t in
  TreeSet.iter (fun (Tree.Node (n, _) as k) -> Printf.printf "%s:%d " n (Tree.size k)) kids;
  print_newline ()
