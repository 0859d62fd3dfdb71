(* List: construction and traversal functions, each printed: length, hd/tl, nth/nth_opt,
   rev, append, rev_append, concat, flatten, init, map/mapi/rev_map, map2/rev_map2,
   iter/iteri/iter2, fold_left/right, fold_left2/right2, filter/filteri/filter_map,
   concat_map, fold_left_map, find/find_opt/find_map, exists/for_all (2), mem/memq,
   partition, split, combine, compare_lengths, compare_length_with, equal, compare *)
let p name l = Printf.printf "%s: [%s]\n" name (String.concat ";" (List.map string_of_int l))
let l = [ 3; 1; 4; 1; 5; 9; 2; 6; 5; 3 ]

let () =
  Printf.printf "length %d hd %d nth 4 %d nth_opt 20 %s\n" (List.length l) (List.hd l) (List.nth l 4) (match List.nth_opt l 20 with None -> "None" | Some _ -> "Some");
  p "tl" (List.tl l); p "rev" (List.rev l); p "append" (List.append [ 1; 2 ] [ 3 ]); p "rev_append" (List.rev_append [ 1; 2 ] [ 3 ]);
  p "concat" (List.concat [ [ 1 ]; []; [ 2; 3 ]; [ 4 ] ]); p "flatten" (List.flatten [ [ 5; 6 ]; [ 7 ] ]);
  p "init" (List.init 6 (fun i -> i * i)); p "map" (List.map (fun x -> x * 2) l); p "mapi" (List.mapi (fun i x -> i * x) l);
  p "rev_map" (List.rev_map succ l); p "map2" (List.map2 ( - ) l (List.rev l)); p "rev_map2" (List.rev_map2 ( * ) [ 1; 2; 3 ] [ 4; 5; 6 ]);
  print_string "iter:"; List.iter (Printf.printf " %d") l; print_newline ();
  print_string "iteri:"; List.iteri (fun i x -> if i mod 3 = 0 then Printf.printf " %d@%d" x i) l; print_newline ();
  print_string "iter2:"; List.iter2 (fun a b -> Printf.printf " %d%d" a b) [ 1; 2 ] [ 3; 4 ]; print_newline ();
  Printf.printf "fold_left %d fold_right %d\n" (List.fold_left (fun a x -> a * 3 + x) 0 l land 0xFFFFFF) (List.fold_right (fun x a -> a * 3 + x) l 0 land 0xFFFFFF);
  Printf.printf "fold_left2 %d fold_right2 %s\n" (List.fold_left2 (fun a x y -> a + x * y) 0 [ 1; 2; 3 ] [ 4; 5; 6 ]) (List.fold_right2 (fun x y a -> Printf.sprintf "(%d%d%s)" x y a) [ 1; 2 ] [ 3; 4 ] "");
  p "filter" (List.filter (fun x -> x > 3) l); p "filteri" (List.filteri (fun i _ -> i mod 2 = 0) l);
  p "filter_map" (List.filter_map (fun x -> if x mod 2 = 1 then Some (x * 10) else None) l);
  p "concat_map" (List.concat_map (fun x -> List.init (x mod 3) (fun _ -> x)) l);
  let acc, m = List.fold_left_map (fun acc x -> (acc + x, acc)) 0 l in
  Printf.printf "fold_left_map %d " acc; p "" m;
  Printf.printf "find %d find_opt %s find_map %s\n" (List.find (fun x -> x > 4) l) (match List.find_opt (fun x -> x > 40) l with None -> "None" | Some x -> string_of_int x)
    (match List.find_map (fun x -> if x > 5 then Some (string_of_int x ^ "!") else None) l with None -> "None" | Some s -> s);
  Printf.printf "exists %b for_all %b exists2 %b for_all2 %b\n" (List.exists (fun x -> x = 9) l) (List.for_all (fun x -> x > 0) l)
    (List.exists2 ( = ) [ 1; 2 ] [ 2; 2 ]) (List.for_all2 ( < ) [ 1; 2 ] [ 2; 3 ]);
  let s = "shared" in
  Printf.printf "mem %b %b memq %b %b\n" (List.mem 6 l) (List.mem 7 l) (List.memq s [ "a"; s ]) (List.memq (String.make 1 'a') [ "a" ]);
  let evens, odds = List.partition (fun x -> x mod 2 = 0) l in
  p "partition evens" evens; p "partition odds" odds;
  let a, b = List.split [ (1, 10); (2, 20); (3, 30) ] in
  p "split a" a; p "split b" b;
  Printf.printf "combine %s\n" (String.concat " " (List.map (fun (x, y) -> Printf.sprintf "%d-%s" x y) (List.combine [ 1; 2 ] [ "x"; "y" ])));
  Printf.printf "compare_lengths %d %d compare_length_with %d %d\n" (List.compare_lengths [ 1 ] [ 1; 2 ]) (List.compare_lengths [ 1; 2 ] [ 3; 4 ])
    (List.compare_length_with l 10) (List.compare_length_with l 3);
  Printf.printf "equal %b compare %d %d\n" (List.equal ( = ) [ 1; 2 ] [ 1; 2 ]) (List.compare compare [ 1; 2 ] [ 1; 3 ]) (List.compare compare [ 1; 2; 0 ] [ 1; 2 ]);
  Printf.printf "to_seq %d of_seq %d\n" (Seq.fold_left ( + ) 0 (List.to_seq l)) (List.length (List.of_seq (List.to_seq l)));
  (* errors *)
  List.iter (fun f -> match f () with _ -> print_endline "no error" | exception e -> print_endline (Printexc.to_string e))
    [ (fun () -> List.map2 ( + ) [ 1 ] [ 1; 2 ]); (fun () -> List.combine [ 1; 2 ] [ 1 ] |> List.map fst);
      (fun () -> [ List.fold_left2 (fun a _ _ -> a) 0 [ 1 ] [] ]); (fun () -> [ List.find (fun x -> x > 100) l ]);
      (fun () -> List.init (-3) Fun.id); (fun () -> [ List.nth l (-2) ]); (fun () -> List.iter2 (fun _ _ -> ()) [] [ 1 ]; []) ];
  (* long lists: the non-tail-recursive functions on 100_000 elements *)
  let big = List.init 100_000 (fun i -> i) in
  Printf.printf "big: map %d append %d fold_right %d\n" (List.length (List.map succ big)) (List.length (big @ big)) (List.fold_right (fun x a -> (a + x) land 0xFFFF) big 0)
