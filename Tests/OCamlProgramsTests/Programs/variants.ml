type shape = Circle of int | Rect of int * int | Empty
type tree = Leaf | Node of tree * int * tree
type person = { name : string; mutable age : int }
let area = function Circle r -> 3 * r * r | Rect (w, h) -> w * h | Empty -> 0
let rec insert x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, v, r) as t -> if x < v then Node (insert x l, v, r) else if x > v then Node (l, v, insert x r) else t
let rec to_list = function Leaf -> [] | Node (l, v, r) -> to_list l @ [v] @ to_list r
let () =
  List.iter (fun s -> Printf.printf "%d " (area s)) [Circle 2; Rect (3, 4); Empty]; print_newline ();
  let t = List.fold_left (fun t x -> insert x t) Leaf [5; 3; 8; 1; 4; 7; 9; 2; 6] in
  print_endline (String.concat " " (List.map string_of_int (to_list t)));
  let p = { name = "Ada"; age = 36 } in
  p.age <- p.age + 1;
  Printf.printf "%s %d\n" p.name p.age;
  let q = { p with name = "Grace" } in
  Printf.printf "%s %d %b\n" q.name q.age (p = q);
  match Some (1, "one") with Some (n, s) -> Printf.printf "%d %s\n" n s | None -> ()
