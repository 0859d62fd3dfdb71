(* Objects as keys: hashing and comparing objects goes through their ids; objects in Hashtbl, Map and sorting. *)
class thing (name : string) = object
  val mutable uses = 0
  method name = name
  method use = uses <- uses + 1; uses
end

module ObjMap = Map.Make (struct type t = thing let compare a b = compare (Oo.id a) (Oo.id b) end)

let () =
  let things = List.map (fun n -> new thing n) [ "alpha"; "beta"; "gamma"; "alpha" ] in
  let table = Hashtbl.create 8 in
  List.iteri (fun i t -> Hashtbl.replace table t i) things;
  Printf.printf "entries %d (two objects named alpha are distinct)\n" (Hashtbl.length table);
  List.iter (fun t -> Printf.printf "%s->%d " t#name (Hashtbl.find table t)) things;
  print_newline ();
  let first = List.hd things in
  ignore first#use; ignore first#use;
  Printf.printf "still found after mutation: %d, uses %d\n" (Hashtbl.find table first) first#use;
  let m = List.fold_left (fun m t -> ObjMap.add t (String.length t#name) m) ObjMap.empty things in
  Printf.printf "map size %d\n" (ObjMap.cardinal m);
  ObjMap.iter (fun k v -> Printf.printf "%s:%d " k#name v) m;
  print_newline ();
  Printf.printf "compare self %d, equal self %b, equal other %b\n" (compare first first) (first = first)
    (first = List.nth things 3);
  let sorted = List.sort (fun a b -> compare b a) things in
  print_endline (String.concat " " (List.map (fun t -> t#name) sorted));
  let copy = Oo.copy first in
  Printf.printf "copy is new key %b, copy uses %d\n" (not (Hashtbl.mem table copy)) copy#use;
  Printf.printf "hash of self equal %b\n" (Hashtbl.hash first = Hashtbl.hash first)
