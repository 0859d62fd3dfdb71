(* Functional objects: {< >} copies, Oo.copy, Oo.id, object equality/identity. *)
class point x y = object
  val x : int = x
  val y : int = y
  method x = x
  method y = y
  method move dx dy = {< x = x + dx; y = y + dy >}
  method with_x nx = {< x = nx >}
  method show = Printf.sprintf "(%d,%d)" x y
end

class counter = object
  val mutable n = 0
  method incr = n <- n + 1
  method get = n
  method clone = {< >}
end

let () =
  let p = new point 1 2 in
  let q = p#move 10 20 in
  let r = q#with_x 0 in
  Printf.printf "%s %s %s\n" p#show q#show r#show;
  let path = List.fold_left (fun pt (dx, dy) -> pt#move dx dy) p [ (1, 0); (0, 1); (-3, 4); (2, 2) ] in
  print_endline path#show;
  let c = new counter in
  c#incr; c#incr;
  let d = c#clone in
  d#incr;
  let e = Oo.copy c in
  e#incr; e#incr; e#incr;
  Printf.printf "c=%d d=%d e=%d\n" c#get d#get e#get;
  (* ids: distinct objects have distinct ids, a copy gets a fresh one, ids increase *)
  let base = Oo.id p in
  Printf.printf "id deltas: %d %d %d %d %d\n" (Oo.id q - base) (Oo.id r - base) (Oo.id c - base)
    (Oo.id d - base) (Oo.id e - base);
  Printf.printf "same id twice %b, physical %b %b\n" (Oo.id p = Oo.id p) (p == p) (c == d);
  Printf.printf "structural equality of objects compares ids: %b %b\n" (c = c) (c = d);
  Printf.printf "compare sign %d\n" (compare (Oo.id c) (Oo.id d));
  let objs = List.init 5 (fun i -> new point i (i * i)) in
  let ids = List.map (fun o -> Oo.id o - base) objs in
  print_endline (String.concat " " (List.map string_of_int ids));
  let sorted = List.sort (fun a b -> compare b#y a#y) objs in
  print_endline (String.concat " " (List.map (fun o -> o#show) sorted));
  let h = Hashtbl.create 8 in
  List.iter (fun o -> Hashtbl.replace h (Oo.id o) o#show) objs;
  Printf.printf "by id: %s\n" (Hashtbl.find h (Oo.id (List.nth objs 3)))
