(* Primitives that neither allocate nor raise (caml_hash, string equality and comparison)
   are plain calls in native code: nothing is rooted around them. Values held across them
   must still be rooted at the next allocation: keys, lists and closures live across hash
   and compare calls while the heap churns (the default 256K heap collects often). *)

let churn n = let l = ref [] in for i = 1 to n do l := (string_of_int i, i) :: !l done; List.length !l

(* A value built before the leaf call, used after an allocation that follows it. *)
let keyed s =
  let pair = (s ^ "!", String.length s) in
  let h = Hashtbl.hash s in
  let eq = String.equal s "needle" in
  let _ = churn 50 in
  let c = compare (fst pair) (s ^ "?") in
  (fst pair, snd pair, h land 0xFFFF, eq, c)

let () =
  let total = ref 0 in
  for i = 0 to 3000 do
    let s = if i mod 97 = 0 then "needle" else "k" ^ string_of_int i in
    let (a, n, h, eq, c) = keyed s in
    total := (!total + String.length a + n + h + (if eq then 1000 else 0) + c) land 0xFFFFFF
  done;
  Printf.printf "total %d\n" !total;
  (* Hashtbl with string keys under allocation: replace, find, mem, remove. *)
  let t = Hashtbl.create 8 in
  for i = 0 to 4000 do Hashtbl.replace t ("key" ^ string_of_int (i mod 600)) (string_of_int i, [i; i + 1]) done;
  let sum = ref 0 in
  for i = 0 to 700 do
    match Hashtbl.find_opt t ("key" ^ string_of_int i) with
    | Some (s, l) -> sum := !sum + String.length s + List.fold_left (+) 0 l
    | None -> incr sum
  done;
  Printf.printf "hashtbl %d %d\n" (Hashtbl.length t) !sum;
  (* Sorting strings: string comparisons interleaved with the sort's allocations. *)
  let words = List.init 800 (fun i -> string_of_int ((i * 7919) mod 809) ^ "w") in
  let sorted = List.sort String.compare words in
  let unique = List.sort_uniq compare words in
  Printf.printf "sorted %s %s %d\n" (List.hd sorted) (List.nth sorted 799) (List.length unique);
  let lt = List.filter (fun w -> w < "5") words and ge = List.filter (fun w -> w >= "5") words in
  Printf.printf "split %d %d %b\n" (List.length lt) (List.length ge) (Bytes.equal (Bytes.of_string "ab") (Bytes.of_string "ab"));
  print_endline (String.concat "," (List.filteri (fun i _ -> i < 5) sorted))
