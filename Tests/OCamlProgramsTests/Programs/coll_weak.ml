(* Weak arrays and ephemerons, only through what does not depend on when the GC runs:
   values reachable from the program stay (set/get/check/get_copy/blit/fill), None slots,
   Weak.Make hash sets of live values (merge returns the existing value, find, mem, count
   of live values), Ephemeron.K1 tables with live keys *)
let () =
  let w = Weak.create 8 in
  let live = Array.init 8 (fun i -> Some (string_of_int (i * 11))) in
  for i = 0 to 7 do if i mod 3 <> 0 then Weak.set w i live.(i) done;
  Printf.printf "length %d\n" (Weak.length w);
  for i = 0 to 7 do
    Printf.printf "%d: check %b get %s\n" i (Weak.check w i) (match Weak.get w i with Some s -> s | None -> "None")
  done;
  Gc.full_major ();
  Printf.printf "after full_major, slot 2: %s (still referenced: %s)\n" (match Weak.get w 2 with Some s -> s | None -> "None") (Option.get live.(2));
  let w2 = Weak.create 8 in
  Weak.blit w 0 w2 2 6;
  Printf.printf "blit: %s\n" (String.concat "," (List.init 8 (fun i -> match Weak.get w2 i with Some s -> s | None -> "-")));
  Weak.fill w2 0 4 None;
  Printf.printf "fill: %s\n" (String.concat "," (List.init 8 (fun i -> match Weak.get_copy w2 i with Some s -> s | None -> "-")));
  Weak.set w 1 None;
  Printf.printf "unset: %b\n" (Weak.check w 1);
  (try Weak.set w 8 None with Invalid_argument m -> Printf.printf "set 8: %s\n" m);
  (try ignore (Weak.create (-1)) with Invalid_argument m -> Printf.printf "create -1: %s\n" m);
  ignore (Sys.opaque_identity live)

module WS = Weak.Make (struct type t = string let equal = String.equal let hash = Hashtbl.hash end)

let () =
  let set = WS.create 16 in
  let words = List.init 50 (fun i -> "w" ^ string_of_int (i mod 20)) in
  let canon = List.map (WS.merge set) words in
  Printf.printf "weak set count %d\n" (WS.count set);
  let a = List.nth canon 3 and b = List.nth canon 23 in
  Printf.printf "merge shares: %b %b\n" (a == b) (a = "w3");
  Printf.printf "mem w7 %b mem x %b find w9 %s\n" (WS.mem set "w7") (WS.mem set "x") (WS.find set ("w" ^ "9"));
  WS.remove set "w7";
  Printf.printf "after remove: mem w7 %b\n" (WS.mem set "w7");
  Printf.printf "find_opt x %s\n" (match WS.find_opt set "x" with None -> "None" | Some s -> s);
  ignore (Sys.opaque_identity canon)

module E = Ephemeron.K1.Make (struct type t = int ref let equal = ( == ) let hash r = !r end)

let () =
  let keys = Array.init 10 (fun i -> ref i) in
  let t = E.create 8 in
  Array.iteri (fun i k -> E.replace t k (i * i)) keys;
  Gc.full_major ();
  Printf.printf "ephemeron find 3 = %d, find 9 = %d, mem fresh = %b\n" (E.find t keys.(3)) (E.find t keys.(9)) (E.mem t (ref 3));
  E.remove t keys.(3);
  Printf.printf "after remove: %b\n" (E.mem t keys.(3));
  let sum = Array.fold_left (fun acc k -> acc + (match E.find_opt t k with Some v -> v | None -> 0)) 0 keys in
  Printf.printf "sum %d\n" sum;
  ignore (Sys.opaque_identity keys)
