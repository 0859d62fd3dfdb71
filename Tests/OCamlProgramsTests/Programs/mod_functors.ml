(* Functors applied twice, higher-order functors, Set/Map of own types. *)
module type ORDERED = sig type t val compare : t -> t -> int val show : t -> string end

module Point = struct
  type t = { x : int; y : int }
  let compare a b = match compare a.x b.x with 0 -> compare a.y b.y | c -> c
  let show p = Printf.sprintf "(%d,%d)" p.x p.y
end

module Rev (O : ORDERED) : ORDERED with type t = O.t = struct
  type t = O.t
  let compare a b = O.compare b a
  let show = O.show
end

module PSet = Set.Make (Point)
module PMap = Map.Make (Point)
module RSet = Set.Make (Rev (Point))
module RRSet = Set.Make (Rev (Rev (Point)))

module Counter (X : sig end) = struct let n = ref 0 let next () = incr n; !n end
module C1 = Counter (struct end)
module C2 = Counter (struct end)

(* a higher-order functor: takes a functor as argument *)
module type F = functor (O : ORDERED) -> ORDERED with type t = O.t
module Twice (F : F) (O : ORDERED) = F (F (O))
module Id (O : ORDERED) = O
module RevTwice = Twice (Rev) (Point)
module IdTwice = Twice (Id) (Point)

module MakeSorter (O : ORDERED) = struct
  let sort l = List.sort O.compare l
  let show_list l = String.concat " " (List.map O.show l)
end

let pts = List.map (fun (x, y) -> { Point.x; y }) [ (3, 1); (1, 2); (3, 0); (2, 2); (1, 2); (0, 5) ]

let () =
  let s = PSet.of_list pts in
  Printf.printf "set (%d): %s\n" (PSet.cardinal s) (String.concat " " (List.map Point.show (PSet.elements s)));
  let r = RSet.of_list pts in
  Printf.printf "rev set: %s\n" (String.concat " " (List.map Point.show (RSet.elements r)));
  let rr = RRSet.of_list pts in
  Printf.printf "rev rev set: %s\n" (String.concat " " (List.map Point.show (RRSet.elements rr)));
  let m = List.fold_left (fun m p -> PMap.update p (function None -> Some 1 | Some n -> Some (n + 1)) m) PMap.empty pts in
  PMap.iter (fun k v -> Printf.printf "%s->%d " (Point.show k) v) m; print_newline ();
  Printf.printf "mem %b %b min %s max %s\n" (PSet.mem { Point.x = 2; y = 2 } s) (PSet.mem { Point.x = 9; y = 9 } s)
    (Point.show (PSet.min_elt s)) (Point.show (PSet.max_elt s));
  let (lo, present, hi) = PSet.split { Point.x = 2; y = 2 } s in
  Printf.printf "split %d %b %d\n" (PSet.cardinal lo) present (PSet.cardinal hi);
  ignore (C1.next ()); ignore (C1.next ());
  Printf.printf "counters %d %d\n" (C1.next ()) (C2.next ());
  let module S1 = MakeSorter (RevTwice) in
  let module S2 = MakeSorter (IdTwice) in
  let module S3 = MakeSorter (Rev (IdTwice)) in
  print_endline (S1.show_list (S1.sort pts));
  print_endline (S2.show_list (S2.sort pts));
  print_endline (S3.show_list (S3.sort pts));
  let filtered = PMap.filter (fun k _ -> k.Point.x >= 2) m in
  Printf.printf "filtered %d, union %d\n" (PMap.cardinal filtered)
    (PSet.cardinal (PSet.union s (PSet.of_list [ { Point.x = 7; y = 7 } ])))
