(* Allocates far more than the heap holds: the collector must reclaim. *)
let () =
  let keep = ref [] in
  let total = ref 0 in
  for i = 1 to 200_000 do
    let l = [i; i + 1; i + 2] in
    total := !total + List.length l;
    if i mod 1000 = 0 then keep := (Array.make 10 i) :: !keep
  done;
  Printf.printf "%d %d %d\n" !total (List.length !keep) (List.fold_left (fun a b -> a + b.(9)) 0 !keep);
  let rec build n = if n = 0 then [] else string_of_int n :: build (n - 1) in
  let s = ref 0 in
  for _ = 1 to 50 do s := !s + List.length (build 2000) done;
  Printf.printf "%d\n" !s
