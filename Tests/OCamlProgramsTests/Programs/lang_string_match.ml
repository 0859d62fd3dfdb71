(* Matching on strings (caml_string_compare / string SWITCH), ints (jump tables) and chars. *)
let keyword = function
  | "let" -> 1 | "in" -> 2 | "if" -> 3 | "then" -> 4 | "else" -> 5 | "match" -> 6
  | "with" -> 7 | "fun" -> 8 | "function" -> 9 | "type" -> 10 | "module" -> 11 | "struct" -> 12
  | "end" -> 13 | "begin" -> 14 | "rec" -> 15 | "and" -> 16 | "" -> 0 | _ -> -1

let small_int = function
  | 0 -> "zero" | 1 -> "one" | 2 -> "two" | 3 -> "three" | 4 -> "four" | 5 -> "five"
  | 6 -> "six" | 7 -> "seven" | 8 -> "eight" | 9 -> "nine" | 10 -> "ten" | -1 -> "minus one"
  | 1000 -> "thousand" | n when n < 0 -> "negative" | _ -> "many"

let sparse = function
  | 3 -> 'a' | 17 -> 'b' | 100 -> 'c' | 255 -> 'd' | 1024 -> 'e' | 65536 -> 'f' | 1_000_000 -> 'g' | _ -> '?'

let char_class = function
  | 'a' .. 'z' -> "lower" | 'A' .. 'Z' -> "upper" | '0' .. '9' -> "digit"
  | ' ' | '\t' | '\n' -> "space" | '(' | ')' | '[' | ']' | '{' | '}' -> "bracket"
  | '\000' -> "nul" | '\255' -> "ff" | _ -> "other"

let pair_match s n = match s, n with
  | "add", n when n > 0 -> "add positive"
  | ("add" | "plus"), _ -> "add"
  | "sub", 0 -> "sub zero"
  | _, 0 -> "zero"
  | s, _ when String.length s > 5 -> "long " ^ s
  | _ -> "default"

let () =
  let words = [ "let"; "in"; "if"; "then"; "else"; "match"; "with"; "fun"; "function"; "type";
                "module"; "struct"; "end"; "begin"; "rec"; "and"; ""; "lett"; "le"; "LET"; "functio"; "zzz" ] in
  List.iter (fun w -> Printf.printf "%S=%d " w (keyword w)) words;
  print_newline ();
  List.iter (fun n -> Printf.printf "%d:%s " n (small_int n)) [ -5; -1; 0; 1; 2; 3; 4; 5; 6; 7; 8; 9; 10; 11; 1000 ];
  print_newline ();
  List.iter (fun n -> print_char (sparse n)) [ 3; 17; 100; 255; 1024; 65536; 1_000_000; 4; 0; -3 ];
  print_newline ();
  String.iter (fun c -> Printf.printf "%s," (char_class c)) "aZ9 (\t}\000\255#";
  print_newline ();
  List.iter (fun (s, n) -> print_endline (pair_match s n))
    [ ("add", 1); ("add", -1); ("plus", 3); ("sub", 0); ("mul", 0); ("multiply", 2); ("div", 2) ];
  (* a string long enough to span several words, compared in a match *)
  let long = function
    | "abcdefghijklmnopqrstuvwxyz" -> "alphabet"
    | "abcdefghijklmnopqrstuvwxyZ" -> "almost"
    | "abcdefgh" -> "eight"
    | "abcdefg" -> "seven"
    | _ -> "none" in
  List.iter (fun s -> print_string (long s ^ " "))
    [ "abcdefghijklmnopqrstuvwxyz"; "abcdefghijklmnopqrstuvwxyZ"; "abcdefgh"; "abcdefg"; "abcdefghi" ];
  print_newline ()
