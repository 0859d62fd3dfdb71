(* Scanf failures: Scan_failure, Failure and End_of_file with their messages. *)
let attempt name f =
  match f () with
  | s -> Printf.printf "%s: ok %s\n" name s
  | exception Scanf.Scan_failure m -> Printf.printf "%s: Scan_failure %s\n" name m
  | exception Failure m -> Printf.printf "%s: Failure %s\n" name m
  | exception End_of_file -> Printf.printf "%s: End_of_file\n" name
  | exception Invalid_argument m -> Printf.printf "%s: Invalid_argument %s\n" name m

let () =
  attempt "letters as int" (fun () -> Scanf.sscanf "abc" "%d" string_of_int);
  attempt "empty int" (fun () -> Scanf.sscanf "" "%d" string_of_int);
  attempt "literal mismatch" (fun () -> Scanf.sscanf "x=1" "y=%d" string_of_int);
  attempt "float garbage" (fun () -> Scanf.sscanf "zz" "%f" string_of_float);
  attempt "bool garbage" (fun () -> Scanf.sscanf "maybe" "%B" string_of_bool);
  attempt "char at eof" (fun () -> Scanf.sscanf "" "%c" (String.make 1));
  attempt "bad string literal" (fun () -> Scanf.sscanf "noquote" "%S" (fun s -> s));
  attempt "partial" (fun () -> Scanf.sscanf "12 ab" "%d %d" (fun a b -> string_of_int (a + b)));
  attempt "hex bad" (fun () -> Scanf.sscanf "gg" "%x" string_of_int);
  attempt "ok after space" (fun () -> Scanf.sscanf " 5" " %d" string_of_int);
  attempt "int overflow" (fun () -> Scanf.sscanf "99999999999999999999999" "%d" string_of_int);
  attempt "char class none" (fun () -> Scanf.sscanf "123" "%[a-z]x" (fun s -> "[" ^ s ^ "]"));
  attempt "format_from_string" (fun () -> string_of_format (Scanf.format_from_string "%s" "%d"));
  attempt "trailing ok" (fun () -> Scanf.sscanf "1 2 junk" "%d %d" (fun a b -> string_of_int (a * b)));
  attempt "eof check" (fun () -> Scanf.sscanf "1 2" "%d %d%!" (fun a b -> string_of_int (a - b)));
  attempt "eof check fails" (fun () -> Scanf.sscanf "1 2 x" "%d %d%!" (fun a b -> string_of_int (a - b)));
  let ib = Scanf.Scanning.from_string "10" in
  attempt "first read" (fun () -> Scanf.bscanf ib "%d" string_of_int);
  attempt "read past end" (fun () -> Scanf.bscanf ib " %d" string_of_int);
  (match int_of_string "12x" with n -> Printf.printf "%d\n" n | exception Failure m -> Printf.printf "int_of_string: %s\n" m);
  (match float_of_string "1.2.3" with f -> Printf.printf "%f\n" f | exception Failure m -> Printf.printf "float_of_string: %s\n" m)
