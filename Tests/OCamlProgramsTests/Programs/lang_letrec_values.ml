(* Recursive value definitions mixing closures, tuples, lazies and arrays (caml_alloc_dummy / update_dummy). *)
type 'a cell = { head : 'a; tail : 'a cell Lazy.t }

let rec evens = { head = 0; tail = lazy (map_cell (fun x -> x + 2) evens) }
and map_cell f c = { head = f c.head; tail = lazy (map_cell f (Lazy.force c.tail)) }

let rec take n c = if n = 0 then [] else c.head :: take (n - 1) (Lazy.force c.tail)

let rec f = (fun n -> if n = 0 then "f" else g (n - 1))
and g = (fun n -> if n = 0 then "g" else f (n - 1))
and pair = (f, g)

type tree = { label : string; kids : tree list; parent : tree option }
let rec root = { label = "root"; kids = [ child1; child2 ]; parent = None }
and child1 = { label = "c1"; kids = []; parent = Some root }
and child2 = { label = "c2"; kids = [ grandchild ]; parent = Some root }
and grandchild = { label = "g"; kids = []; parent = Some child2 }

let rec path t = match t.parent with None -> t.label | Some p -> path p ^ "/" ^ t.label

let () =
  print_endline (String.concat " " (List.map string_of_int (take 8 evens)));
  Printf.printf "%s %s %s\n" (f 3) (g 3) ((fst pair) 10);
  print_endline (path grandchild);
  Printf.printf "kids of root: %s\n" (String.concat "," (List.map (fun k -> k.label) root.kids));
  Printf.printf "parent identity %b\n" (match child2.parent with Some p -> p == root | None -> false);
  let rec local_cycle = `Node (1, local_other) and local_other = `Node (2, local_cycle) in
  let rec walk k (`Node (v, next)) acc = if k = 0 then List.rev acc else walk (k - 1) next (v :: acc) in
  print_endline (String.concat "" (List.map string_of_int (walk 5 local_cycle [])));
  let rec counter = ref (fun () -> 0) and bump () = counter := (fun () -> 1); !counter () in
  Printf.printf "bump %d\n" (bump ());
  let rec arr = [| (fun () -> Array.length arr) |] in
  Printf.printf "self array %d\n" (arr.(0) ())
