(* Printf formats built from pieces: ^^, format_of_string, %{ %} and %( %) substitutions, padding corner cases. *)
let header () = format_of_string "== %s =="
let kv () = format_of_string "%s: %d"

let () =
  Printf.printf (header () ^^ "\n") "report";
  Printf.printf (kv () ^^ ", " ^^ kv () ^^ "\n") "a" 1 "b" 2;
  Printf.printf "%s\n" (string_of_format (header () ^^ kv ()));
  Printf.printf "%{%d %s%}\n" "%d %s";
  let sub = Printf.sprintf "%(%d-%d%)" "%d-%d" 3 4 in
  print_endline sub;
  let custom : (int -> string, unit, string) format = "<%d>" in
  Printf.printf "%s\n" (Printf.sprintf "%(%d%)" custom 9);
  List.iter (fun n -> Printf.printf "[%-+5d][%+-5d][%- 5d][%0+5d][% 05d]\n" n n n n n) [0; 7; -7];
  List.iter (fun f -> Printf.printf "[%-+9.2f][%+09.2f][% -9.2f][%-9.2e]\n" f f f f) [0.0; 3.14159; -3.14159];
  Printf.printf "[%5s][%-5s][%5c][%-5c]\n" "" "" 'x' 'y';
  Printf.printf "[%0*d][%-*.*f]\n" 8 (-42) 10 3 2.5;
  Printf.printf "%s %s\n" (Printf.sprintf "%.0f" 0.5) (Printf.sprintf "%.0f" 1.5);
  Printf.printf "%s %s %s\n" (Printf.sprintf "%.1f" 0.05) (Printf.sprintf "%.1f" 0.15) (Printf.sprintf "%.1f" 0.25);
  Printf.printf "%s\n" (Printf.sprintf "%.3f %.3f %.3f" 1.0005 2.0005 1.2345);
  let many = Printf.sprintf "%d %d %d %d %d %d %d %d %d %d %d %d" 1 2 3 4 5 6 7 8 9 10 11 12 in
  print_endline many;
  let mixed = Printf.sprintf "%s|%c|%d|%f|%b|%x|%S|%C|%e|%g|%ld|%Ld" "s" 'c' 1 1.0 true 255 "S" 'C' 1.0 1.0 2l 3L in
  print_endline mixed;
  let rec build n acc = if n = 0 then acc else build (n - 1) (Printf.sprintf "(%s)" acc) in
  print_endline (build 6 "core");
  Printf.printf "%5.2s|%-5.1s|%.0s|\n" "abc" "xyz" "hidden";
  Printf.printf "%c%c%c%c\n" (Char.chr 72) (Char.chr 105) (Char.chr 33) (Char.chr 10)
