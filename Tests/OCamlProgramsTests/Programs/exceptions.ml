exception My of int
exception Other of string * int
let f x = if x > 10 then raise (My x) else x * 2
let g x = try f x with My n -> n + 1000
let rec deep n = if n = 0 then raise (Other ("bottom", 42)) else 1 + deep (n - 1)
let () =
  Printf.printf "%d %d\n" (g 3) (g 50);
  (try ignore (deep 1000) with Other (s, n) -> Printf.printf "%s %d\n" s n);
  let total = ref 0 in
  for i = 1 to 100 do
    try if i mod 7 = 0 then raise Not_found else total := !total + i
    with Not_found -> total := !total - 1
  done;
  Printf.printf "total %d\n" !total;
  (try failwith "boom" with Failure m -> print_endline m);
  (try invalid_arg "bad" with Invalid_argument m -> print_endline m);
  (try ignore (List.nth [] 3) with Failure m | Invalid_argument m -> print_endline m);
  (try ignore ([|1;2|].(5)) with Invalid_argument m -> print_endline m);
  let r = try Some (Hashtbl.find (Hashtbl.create 1) "k") with Not_found -> None in
  print_endline (match r with None -> "none" | Some _ -> "some");
  (try (try raise (My 1) with Not_found -> print_endline "wrong") with My k -> Printf.printf "outer %d\n" k);
  Printf.printf "%s\n" (Printexc.to_string (Other ("x", 3)))
