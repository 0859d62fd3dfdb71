(* Hashtbl.Make with a custom hash and equality (case-insensitive strings, points modulo
   a grid), Hashtbl.MakeSeeded, seeded_hash/hash_param, copy, reset, filter_map_inplace,
   to_seq/of_seq and replace_seq *)
module CI = Hashtbl.Make (struct
  type t = string
  let equal a b = String.lowercase_ascii a = String.lowercase_ascii b
  let hash s = Hashtbl.hash (String.lowercase_ascii s)
end)

module Grid = Hashtbl.Make (struct
  type t = int * int
  let equal (a, b) (c, d) = a mod 10 = c mod 10 && b mod 10 = d mod 10
  let hash (a, b) = (a mod 10) * 10 + (b mod 10)
end)

let () =
  let t = CI.create 4 in
  List.iter (fun (k, v) -> CI.replace t k v) [ "Apple", 1; "APPLE", 2; "banana", 3; "Cherry", 4; "cherry", 5; "date", 6 ];
  Printf.printf "length %d apple %d CHERRY %d\n" (CI.length t) (CI.find t "apple") (CI.find t "CHERRY");
  CI.add t "BANANA" 30;
  Printf.printf "find_all banana [%s]\n" (String.concat ";" (List.map string_of_int (CI.find_all t "Banana")));
  let keys = CI.fold (fun k v acc -> (k ^ "=" ^ string_of_int v) :: acc) t [] in
  Printf.printf "%s\n" (String.concat " " (List.sort compare keys))

let () =
  let g = Grid.create 16 in
  for i = 0 to 999 do
    let key = (i * 3, i * 7) in
    match Grid.find_opt g key with
    | Some n -> Grid.replace g key (n + 1)
    | None -> Grid.add g key 1
  done;
  Printf.printf "grid cells %d\n" (Grid.length g);
  Printf.printf "cell (13, 27) %d\n" (Grid.find g (13, 27));
  let counts = Grid.fold (fun _ n acc -> n :: acc) g [] |> List.sort_uniq compare in
  Printf.printf "distinct counts [%s]\n" (String.concat ";" (List.map string_of_int counts))

let () =
  let t = Hashtbl.create 8 in
  for i = 1 to 30 do Hashtbl.add t i (i * i) done;
  let c = Hashtbl.copy t in
  Hashtbl.filter_map_inplace (fun k v -> if k mod 3 = 0 then None else Some (v + 1)) t;
  Printf.printf "filtered %d copy %d t[4]=%d c[4]=%d mem 9 %b\n" (Hashtbl.length t) (Hashtbl.length c) (Hashtbl.find t 4) (Hashtbl.find c 4) (Hashtbl.mem t 9);
  let s = Hashtbl.to_seq t |> List.of_seq |> List.sort compare in
  Printf.printf "seq first %s\n" (String.concat " " (List.map (fun (k, v) -> Printf.sprintf "%d:%d" k v) (List.filteri (fun i _ -> i < 6) s)));
  let u = Hashtbl.of_seq (List.to_seq [ ("a", 1); ("b", 2); ("a", 3) ]) in
  Printf.printf "of_seq a=%d length %d\n" (Hashtbl.find u "a") (Hashtbl.length u);
  Hashtbl.replace_seq u (List.to_seq [ ("b", 20); ("c", 30) ]);
  Printf.printf "replace_seq b=%d c=%d length %d\n" (Hashtbl.find u "b") (Hashtbl.find u "c") (Hashtbl.length u);
  Hashtbl.reset c;
  Printf.printf "reset copy %d\n" (Hashtbl.length c);
  List.iter (fun (seed, v) -> Printf.printf "seeded %d %d\n" seed (Hashtbl.seeded_hash seed v)) [ (0, "key"); (1, "key"); (42, "other") ];
  Printf.printf "hash_param %d %d\n" (Hashtbl.hash_param 1 1 [ 1; 2; 3 ]) (Hashtbl.hash_param 10 100 [ 1; 2; 3 ])
