(* GC stress with lists: ~2.5 million cons cells (30 MB on a 32-bit target, over 100x the
   default 256 KiB heap) built and dropped, with a long-lived list kept across all rounds;
   Gc.full_major and Gc.compact in between; only GC-independent results are printed *)
let keep = ref []

let round r =
  let l = List.init 10_000 (fun i -> i + r) in
  let m = List.rev_map (fun x -> x * 2) l in
  let f = List.filter (fun x -> x mod 3 = 0) m in
  if r mod 25 = 0 then keep := (r, List.length f) :: !keep;
  List.fold_left ( + ) 0 f

let () =
  let total = ref 0 in
  for r = 1 to 100 do
    total := (!total + round r) land 0x3FFFFFFF;
    if r = 50 then Gc.full_major ();
    if r = 75 then Gc.compact ()
  done;
  Printf.printf "total %d\n" !total;
  List.iter (fun (r, n) -> Printf.printf "kept round %d: %d\n" r n) (List.rev !keep)

(* lists of lists, appended and flattened; a long list sorted *)
let () =
  let chunks = List.init 200 (fun i -> List.init 50 (fun j -> (i * 50 + j) * 7919 mod 10007)) in
  let flat = List.concat chunks in
  let sorted = List.sort compare flat in
  Printf.printf "flat %d first %d last %d\n" (List.length flat) (List.hd sorted) (List.nth sorted 9999);
  let dedup = List.sort_uniq compare flat in
  Printf.printf "unique %d\n" (List.length dedup)

(* a queue made of two lists, pushed and popped a million times *)
let () =
  let front = ref [] and back = ref [] and popped = ref 0 and sum = ref 0 in
  for i = 1 to 300_000 do
    back := i :: !back;
    if i mod 3 <> 0 then begin
      (match !front with
       | [] -> front := List.rev !back; back := []
       | _ -> ());
      match !front with
      | x :: rest -> front := rest; incr popped; sum := (!sum + x) land 0xFFFFFF
      | [] -> ()
    end
  done;
  Printf.printf "popped %d sum %d left %d\n" !popped !sum (List.length !front + List.length !back)
