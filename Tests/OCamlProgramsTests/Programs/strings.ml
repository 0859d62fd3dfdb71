let () =
  let s = "Hello, OCaml" in
  Printf.printf "%d %c %s\n" (String.length s) s.[4] (String.uppercase_ascii s);
  Printf.printf "%s|%s\n" (String.sub s 7 5) (String.concat "-" ["a"; "b"; "c"]);
  let b = Bytes.make 5 'x' in
  Bytes.set b 2 'Y';
  print_endline (Bytes.to_string b);
  Printf.printf "%b %b %d\n" (s = "Hello, OCaml") ("abc" < "abd") (compare "b" "a");
  let buf = Buffer.create 16 in
  for i = 1 to 10 do Buffer.add_string buf (string_of_int i); Buffer.add_char buf ' ' done;
  print_endline (Buffer.contents buf);
  print_endline (String.escaped "tab\there\n");
  List.iter print_endline (String.split_on_char ',' "x,y,,z");
  Printf.printf "%d\n" (int_of_string "12345" + int_of_string "-0x10")
