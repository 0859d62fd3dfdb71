(* kiln bench test program: allocation (lists), closures, and an exit code of its own. *)
let () =
  let xs = List.init 500 (fun i -> i * 3 + 1) in
  let ys = List.filter (fun x -> x mod 2 = 0) (List.map (fun x -> x * x) xs) in
  print_string "evens: ";
  print_int (List.length ys);
  print_newline ();
  print_string "sum: ";
  print_int (List.fold_left ( + ) 0 ys);
  print_newline ();
  exit 3
