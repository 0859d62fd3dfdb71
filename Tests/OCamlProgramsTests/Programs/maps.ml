module SM = Map.Make (String)
module IS = Set.Make (Int)
let () =
  let h = Hashtbl.create 16 in
  for i = 0 to 99 do Hashtbl.replace h (string_of_int i) (i * i) done;
  Printf.printf "%d %d\n" (Hashtbl.length h) (Hashtbl.find h "42");
  let m = List.fold_left (fun m (k, v) -> SM.add k v m) SM.empty [("b", 2); ("a", 1); ("c", 3)] in
  SM.iter (fun k v -> Printf.printf "%s=%d " k v) m; print_newline ();
  let s = IS.of_list [5; 3; 9; 3; 1] in
  Printf.printf "%d %b %s\n" (IS.cardinal s) (IS.mem 9 s) (String.concat "," (List.map string_of_int (IS.elements s)));
  Printf.printf "%d\n" (Hashtbl.hash "hello" land 0xFFFF)
