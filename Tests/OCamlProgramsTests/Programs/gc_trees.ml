(* binary trees built and checked (the classic GC benchmark shape): many short-lived trees
   of depth 4..12 while one long-lived tree of depth 14 survives; plus a mutable
   search tree with insertions and deletions. ~40 MB allocated on a 32-bit target. *)
type tree = Leaf | Node of tree * int * tree

let rec make d v = if d = 0 then Leaf else Node (make (d - 1) (2 * v), v, make (d - 1) (2 * v + 1))
let rec check = function Leaf -> 0 | Node (l, v, r) -> v + check l - check r + 1
let rec count = function Leaf -> 0 | Node (l, _, r) -> 1 + count l + count r

let () =
  let long_lived = make 14 1 in
  let d = ref 4 in
  while !d <= 12 do
    let iterations = 1 lsl (14 - !d) in
    let c = ref 0 in
    for i = 1 to iterations do c := !c + check (make !d i) done;
    Printf.printf "%d trees of depth %d, check %d\n" iterations !d !c;
    d := !d + 2
  done;
  Gc.full_major ();
  Printf.printf "long lived: %d nodes, check %d\n" (count long_lived) (check long_lived)

(* an unbalanced search tree: insert, delete, rebuild *)
let rec insert x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, v, r) as t -> if x < v then Node (insert x l, v, r) else if x > v then Node (l, v, insert x r) else t

let rec min_elt = function Leaf -> raise Not_found | Node (Leaf, v, _) -> v | Node (l, _, _) -> min_elt l

let rec remove x = function
  | Leaf -> Leaf
  | Node (l, v, r) ->
    if x < v then Node (remove x l, v, r)
    else if x > v then Node (l, v, remove x r)
    else match l, r with Leaf, _ -> r | _, Leaf -> l | _ -> let m = min_elt r in Node (l, m, remove m r)

let rec to_list acc = function Leaf -> acc | Node (l, v, r) -> to_list (v :: to_list acc r) l

let () =
  let t = ref Leaf in
  for i = 0 to 19_999 do t := insert ((i * 7907) mod 20011) !t done;
  for i = 0 to 9_999 do t := remove ((i * 3) mod 20011) !t done;
  Gc.compact ();
  let l = to_list [] !t in
  Printf.printf "search tree: %d elements, min %d, sum %d\n" (List.length l) (List.hd l) (List.fold_left ( + ) 0 l)
