(* long-lived plus short-lived data: a Hashtbl that grows and keeps its entries for the
   whole run, while temporary arrays, tuples and strings churn; mutations of old objects
   to point at young ones (the write barrier); Gc.full_major / Gc.compact in between *)
type node = { id : int; mutable next : node option; mutable payload : int list }

let () =
  let table = Hashtbl.create 16 in
  let ring = Array.init 500 (fun i -> { id = i; next = None; payload = [] }) in
  for step = 0 to 59_999 do
    (* young data stored into old nodes *)
    let n = ring.(step mod 500) in
    n.payload <- [ step; step * 2 ];
    n.next <- Some ring.((step * 7) mod 500);
    if step mod 20 = 0 then Hashtbl.replace table ((step / 20) mod 4000) (string_of_int step, [| step |]);
    (* garbage *)
    let tmp = Array.make 10 (step, step) in
    ignore (Sys.opaque_identity tmp);
    if step = 30_000 then Gc.full_major ();
    if step = 45_000 then Gc.compact ()
  done;
  let sum = Array.fold_left (fun a n -> a + List.fold_left ( + ) 0 n.payload) 0 ring in
  let follow = ref ring.(0) and hops = ref 0 in
  while !hops < 1000 do (match !follow.next with Some n -> follow := n | None -> ()); incr hops done;
  Printf.printf "ring payload sum %d, after 1000 hops at %d\n" sum !follow.id;
  Printf.printf "table %d entries\n" (Hashtbl.length table);
  let s, a = Hashtbl.find table 1234 in
  Printf.printf "entry 1234 = %s %d\n" s a.(0);
  let total = Hashtbl.fold (fun _ (_, a) acc -> (acc + a.(0)) land 0xFFFFFF) table 0 in
  Printf.printf "table total %d\n" total

(* an association list of refs updated in place while new lists are allocated *)
let () =
  let cells = List.init 200 (fun i -> (i, ref [])) in
  for i = 0 to 29_999 do
    let r = List.assq (i mod 200) cells in
    r := (i land 0xFF) :: (match !r with _ :: _ :: t when List.length t > 8 -> t | l -> l)
  done;
  let lens = List.fold_left (fun a (_, r) -> a + List.length !r) 0 cells in
  Printf.printf "cells lengths %d, cell 7 = [%s]\n" lens (String.concat ";" (List.map string_of_int !(List.assq 7 cells)))
