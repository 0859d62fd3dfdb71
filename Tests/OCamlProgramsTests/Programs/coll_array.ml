(* Array: make/init/make_matrix, length, get/set, sub/blit/fill (with overlapping blits),
   append/concat, to_list/of_list, copy, iter/iteri/map/mapi, fold_left/right, map2,
   iter2, for_all/exists (2), mem/memq, find_opt/find_map, split/combine, sort,
   stable_sort (stability), fast_sort, to_seq, and the errors they raise *)
let p name a = Printf.printf "%s: [|%s|]\n" name (String.concat ";" (Array.to_list (Array.map string_of_int a)))
let a = Array.init 12 (fun i -> (i * 7 + 3) mod 10)

let () =
  p "a" a;
  let m = Array.make_matrix 3 4 0 in
  for i = 0 to 2 do for j = 0 to 3 do m.(i).(j) <- i * 10 + j done done;
  Array.iter (p "row") m;
  let shared = Array.make 3 [||] in
  shared.(0) <- [| 1 |];
  Printf.printf "make shares: %b, make_matrix rows distinct: %b\n" (shared.(1) == shared.(2)) (m.(0) != m.(1));
  p "sub 3 4" (Array.sub a 3 4);
  let b = Array.copy a in
  Array.blit b 0 b 2 8; p "blit overlap right" b;
  let c = Array.copy a in
  Array.blit c 4 c 1 6; p "blit overlap left" c;
  Array.fill c 0 3 (-1); p "fill" c;
  p "append" (Array.append [| 1; 2 |] [| 3 |]); p "concat" (Array.concat [ [| 1 |]; [||]; [| 2; 3 |] ]);
  p "of_list" (Array.of_list [ 5; 6 ]); Printf.printf "to_list length %d\n" (List.length (Array.to_list a));
  p "map" (Array.map (fun x -> x * x) a); p "mapi" (Array.mapi ( + ) a);
  p "map2" (Array.map2 ( - ) a (Array.init 12 Fun.id));
  Printf.printf "fold_left %d fold_right %d\n" (Array.fold_left (fun acc x -> acc * 2 + x) 0 a) (Array.fold_right (fun x acc -> acc * 2 + x) a 0);
  print_string "iteri:"; Array.iteri (fun i x -> if x > 6 then Printf.printf " %d@%d" x i) a; print_newline ();
  print_string "iter2:"; Array.iter2 (fun x y -> Printf.printf " %d" (x * y)) [| 1; 2; 3 |] [| 4; 5; 6 |]; print_newline ();
  Printf.printf "for_all %b exists %b for_all2 %b exists2 %b mem %b %b\n" (Array.for_all (fun x -> x >= 0) a) (Array.exists (fun x -> x = 9) a)
    (Array.for_all2 ( <= ) [| 1; 2 |] [| 1; 3 |]) (Array.exists2 ( = ) [| 1; 2 |] [| 2; 1 |]) (Array.mem 4 a) (Array.mem 11 a);
  let s = "x" in
  Printf.printf "memq %b find_opt %s find_map %s\n" (Array.memq s [| "y"; s |])
    (match Array.find_opt (fun x -> x > 7) a with Some x -> string_of_int x | None -> "None")
    (match Array.find_map (fun x -> if x = 0 then Some "zero" else None) a with Some s -> s | None -> "None");
  let xs, ys = Array.split [| (1, 'a'); (2, 'b') |] in
  Printf.printf "split %d %c combine %d\n" xs.(1) ys.(0) (Array.length (Array.combine xs ys));
  let sorted = Array.copy a in
  Array.sort compare sorted; p "sort" sorted;
  let pairs = Array.init 15 (fun i -> (i mod 4, i)) in
  Array.stable_sort (fun (x, _) (y, _) -> compare x y) pairs;
  Printf.printf "stable: %s\n" (String.concat " " (Array.to_list (Array.map (fun (k, i) -> Printf.sprintf "%d.%d" k i) pairs)));
  let desc = Array.copy a in
  Array.fast_sort (fun x y -> compare y x) desc; p "fast_sort desc" desc;
  Printf.printf "to_seq sum %d\n" (Seq.fold_left ( + ) 0 (Array.to_seq a));
  Printf.printf "empty %d, of_seq %d\n" (Array.length [||]) (Array.length (Array.of_seq (List.to_seq [ 1; 2; 3 ])))

let () =
  List.iter (fun (name, f) -> match f () with () -> Printf.printf "%s: ok\n" name | exception Invalid_argument m -> Printf.printf "%s: %s\n" name m)
    [ ("sub", fun () -> ignore (Array.sub a 10 5)); ("blit", fun () -> Array.blit a 0 a 10 5); ("fill", fun () -> Array.fill a 11 2 0);
      ("map2", fun () -> ignore (Array.map2 ( + ) a [| 1 |])); ("iter2", fun () -> Array.iter2 (fun _ _ -> ()) [||] [| 1 |]);
      ("for_all2", fun () -> ignore (Array.for_all2 ( = ) [| 1 |] [||])); ("combine", fun () -> ignore (Array.combine [| 1 |] [||]));
      ("make", fun () -> ignore (Array.make (-1) 0)); ("init", fun () -> ignore (Array.init (-1) Fun.id)); ("get", fun () -> ignore a.(12)) ]

(* a bigger sort and a matrix product *)
let () =
  let big = Array.init 20_000 (fun i -> (i * 7919) mod 20011) in
  Array.sort compare big;
  Printf.printf "big: %d %d %d\n" big.(0) big.(10_000) big.(19_999);
  let n = 12 in
  let x = Array.init n (fun i -> Array.init n (fun j -> (i + j) mod 5)) in
  let y = Array.init n (fun i -> Array.init n (fun j -> (i * j) mod 7)) in
  let z = Array.make_matrix n n 0 in
  for i = 0 to n - 1 do for j = 0 to n - 1 do for k = 0 to n - 1 do z.(i).(j) <- z.(i).(j) + x.(i).(k) * y.(k).(j) done done done;
  Printf.printf "trace %d corner %d\n" (Array.fold_left ( + ) 0 (Array.init n (fun i -> z.(i).(i)))) z.(n - 1).(0)
