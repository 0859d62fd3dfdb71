(* List sorting and association lists: sort, stable_sort (stability shown on records with
   equal keys), fast_sort, sort_uniq, merge, and assoc/assoc_opt/assq/mem_assoc/
   remove_assoc, with Not_found from assoc and Invalid_argument from combine *)
type item = { key : int; tag : string }

let items = List.init 24 (fun i -> { key = (i * 7) mod 5; tag = String.make 1 (Char.chr (97 + i)) })
let show l = String.concat " " (List.map (fun r -> Printf.sprintf "%d%s" r.key r.tag) l)

let () =
  let by_key a b = compare a.key b.key in
  Printf.printf "stable_sort: %s\n" (show (List.stable_sort by_key items));
  Printf.printf "sort:        %s\n" (show (List.sort by_key items));
  Printf.printf "fast_sort:   %s\n" (show (List.fast_sort by_key items));
  Printf.printf "desc stable: %s\n" (show (List.stable_sort (fun a b -> compare b.key a.key) items))

let () =
  let nums = List.init 40 (fun i -> (i * 37 + 11) mod 23 - 10) in
  let p l = String.concat "," (List.map string_of_int l) in
  Printf.printf "sort %s\n" (p (List.sort compare nums));
  Printf.printf "sort_uniq %s\n" (p (List.sort_uniq compare nums));
  Printf.printf "sort abs %s\n" (p (List.stable_sort (fun a b -> compare (abs a) (abs b)) nums));
  Printf.printf "merge %s\n" (p (List.merge compare [ 1; 4; 4; 9 ] [ 2; 4; 10 ]));
  let strs = [ "banana"; "Apple"; "cherry"; "apple"; "Banana"; "date" ] in
  Printf.printf "strings %s\n" (String.concat " " (List.sort compare strs));
  Printf.printf "ci %s\n" (String.concat " " (List.stable_sort (fun a b -> compare (String.lowercase_ascii a) (String.lowercase_ascii b)) strs));
  (* a large sort: 50_000 pseudo-random values, checked sorted and summed *)
  let big = List.init 50_000 (fun i -> (i * 7919) mod 65521) in
  let sorted = List.sort compare big in
  let rec is_sorted = function a :: (b :: _ as r) -> a <= b && is_sorted r | _ -> true in
  Printf.printf "big sorted %b first %d last %d median %d\n" (is_sorted sorted) (List.hd sorted) (List.nth sorted 49_999) (List.nth sorted 25_000)

let () =
  let al = [ ("one", 1); ("two", 2); ("three", 3); ("two", 22) ] in
  Printf.printf "assoc two %d\n" (List.assoc "two" al);
  Printf.printf "assoc_opt four %s\n" (match List.assoc_opt "four" al with None -> "None" | Some v -> string_of_int v);
  Printf.printf "mem_assoc three %b\n" (List.mem_assoc "three" al);
  let r = List.remove_assoc "two" al in
  Printf.printf "remove_assoc two -> %s\n" (String.concat " " (List.map (fun (k, v) -> k ^ "=" ^ string_of_int v) r));
  let k = "key" in
  let q = [ (k, 1); ("key", 2) ] in
  Printf.printf "assq %d mem_assq %b remove_assq %d\n" (List.assq k q) (List.mem_assq k q) (List.length (List.remove_assq k q));
  (try ignore (List.assoc "zero" al) with Not_found -> print_endline "assoc zero: Not_found");
  (try ignore (List.combine [ 1; 2; 3 ] [ "a" ]) with Invalid_argument m -> Printf.printf "combine: Invalid_argument %s\n" m);
  let zipped = List.combine [ 3; 1; 2 ] [ "c"; "a"; "b" ] in
  Printf.printf "sorted zip %s\n" (String.concat " " (List.map snd (List.sort compare zipped)))
