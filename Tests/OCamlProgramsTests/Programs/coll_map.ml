(* Map.Make with a custom (reverse, then by length) comparison: add/remove, find_opt,
   union, merge, filter, partition, split, fold/iter order, min/max bindings, find_first,
   update, map/mapi, cardinal, bindings, to_seq_from, equal/compare *)
module Rev = Map.Make (struct type t = int let compare a b = compare b a end)
module ByLen = Map.Make (struct
  type t = string
  let compare a b = match compare (String.length a) (String.length b) with 0 -> compare a b | c -> c
end)

let show m = Rev.bindings m |> List.map (fun (k, v) -> Printf.sprintf "%d:%s" k v) |> String.concat " "

let () =
  let m = List.fold_left (fun m i -> Rev.add i (string_of_int (i * i)) m) Rev.empty [ 5; 1; 9; 3; 7; 2 ] in
  Printf.printf "bindings %s\n" (show m);
  Printf.printf "cardinal %d min %d max %d\n" (Rev.cardinal m) (fst (Rev.min_binding m)) (fst (Rev.max_binding m));
  Printf.printf "find_opt 3 %s, find_opt 4 %s\n" (Option.value ~default:"-" (Rev.find_opt 3 m)) (Option.value ~default:"-" (Rev.find_opt 4 m));
  let l, v, r = Rev.split 5 m in
  Printf.printf "split 5: [%s] %s [%s]\n" (show l) (Option.value ~default:"-" v) (show r);
  let evens, odds = Rev.partition (fun k _ -> k mod 2 = 0) m in
  Printf.printf "evens [%s] odds [%s]\n" (show evens) (show odds);
  let other = Rev.of_seq (List.to_seq [ (3, "three"); (4, "four"); (10, "ten") ]) in
  let u = Rev.union (fun _ a b -> Some (a ^ "+" ^ b)) m other in
  Printf.printf "union %s\n" (show u);
  let mg = Rev.merge (fun _ a b -> match a, b with Some a, None -> Some a | None, Some b -> Some b | _ -> None) m other in
  Printf.printf "merge (xor) %s\n" (show mg);
  Printf.printf "filter %s\n" (show (Rev.filter (fun k v -> k > 2 && String.length v = 1) m));
  let m2 = Rev.update 9 (Option.map (fun s -> s ^ "!")) (Rev.update 11 (fun _ -> Some "new") (Rev.remove 1 m)) in
  Printf.printf "update %s\n" (show m2);
  Printf.printf "find_first (k<6) %d, find_last (k>4) %d\n" (fst (Rev.find_first (fun k -> k < 6) m)) (fst (Rev.find_last (fun k -> k > 4) m));
  Printf.printf "fold %s\n" (Rev.fold (fun k _ acc -> acc ^ string_of_int k) m "");
  Printf.printf "to_seq_from 4: %s\n" (Rev.to_seq_from 4 m |> Seq.map fst |> List.of_seq |> List.map string_of_int |> String.concat ",");
  Printf.printf "equal %b compare %d exists %b for_all %b\n" (Rev.equal String.equal m m) (Rev.compare String.compare m m2)
    (Rev.exists (fun k _ -> k = 7) m) (Rev.for_all (fun k _ -> k > 0) m);
  (try ignore (Rev.find 100 m) with Not_found -> print_endline "find 100: Not_found")

let () =
  let words = [ "pear"; "fig"; "banana"; "kiwi"; "apple"; "plum"; "date"; "cherry"; "fig" ] in
  let m = List.fold_left (fun m w -> ByLen.update w (function None -> Some 1 | Some n -> Some (n + 1)) m) ByLen.empty words in
  ByLen.iter (fun k v -> Printf.printf "%s(%d) " k v) m;
  print_newline ();
  let lens = ByLen.mapi (fun k v -> String.length k * v) m in
  Printf.printf "lens %s\n" (ByLen.bindings lens |> List.map (fun (_, v) -> string_of_int v) |> String.concat ",");
  Printf.printf "choose_opt %s\n" (match ByLen.min_binding_opt ByLen.empty with None -> "empty" | Some (k, _) -> k);
  (* a big map: insert 20000 keys, remove half, check order and size *)
  let big = ref Rev.empty in
  for i = 0 to 19_999 do big := Rev.add ((i * 7919) mod 20011) "" !big done;
  for i = 0 to 9_999 do big := Rev.remove (i * 2) !big done;
  Printf.printf "big %d, max %d, min %d\n" (Rev.cardinal !big) (fst (Rev.max_binding !big)) (fst (Rev.min_binding !big))
