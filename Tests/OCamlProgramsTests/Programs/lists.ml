let () =
  let l = List.init 20 (fun i -> i * i) in
  Printf.printf "%d %d\n" (List.length l) (List.fold_left (+) 0 l);
  let evens = List.filter (fun x -> x mod 2 = 0) l in
  print_endline (String.concat "," (List.map string_of_int evens));
  let sorted = List.sort compare [5; 2; 9; 1; 5; 6; 0; -3] in
  print_endline (String.concat " " (List.map string_of_int sorted));
  Printf.printf "%b %b\n" (List.mem 81 l) (List.exists (fun x -> x > 1000) l);
  let pairs = List.combine [1; 2; 3] ["a"; "b"; "c"] in
  List.iter (fun (n, s) -> Printf.printf "%d%s " n s) (List.rev pairs); print_newline ();
  print_endline (String.concat " " (List.map string_of_int (List.rev_map (fun x -> x + 1) [1; 2; 3])));
  let assoc = [("one", 1); ("two", 2)] in
  Printf.printf "%d\n" (List.assoc "two" assoc)
