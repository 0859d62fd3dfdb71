(* Not_found escaping from a Stdlib function, raised from inside Hashtbl.find in a deep
   call chain: exit code 2, earlier output intact (buffered output flushed at exit) *)
let table = Hashtbl.create 16
let () = List.iteri (fun i k -> Hashtbl.add table k i) ["zero"; "one"; "two"; "three"]

let rec lookup_all acc = function
  | [] -> List.rev acc
  | k :: rest -> lookup_all (Hashtbl.find table k :: acc) rest

let () =
  print_string "found: ";
  List.iter (fun v -> Printf.printf "%d;" v) (lookup_all [] ["two"; "zero"; "three"]);
  print_newline ();
  print_string "partial line without newline, then ";
  ignore (lookup_all [] ["one"; "four"; "two"])
