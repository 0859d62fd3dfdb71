(* Printf %s %S %c %C %b %B with widths, padding and escaping. *)
let () =
  let strs = [""; "a"; "hello"; "with space"; "tab\there"; "quote\"s"; "nl\n"; "\001\255"; "back\\slash"] in
  List.iter (fun s -> Printf.printf "[%s] [%8s] [%-8s] [%S]\n" s s s s) strs;
  List.iter (fun c -> Printf.printf "[%c] [%C] [%3c] [%-3c]\n" c c c c)
    ['a'; 'Z'; '0'; ' '; '\''; '\\'; '\n'; '\t'; '\000'; '\127'];
  List.iter (fun b -> Printf.printf "[%b] [%B] [%6b] [%-6B]\n" b b b b) [true; false];
  Printf.printf "%s%s%s\n" "con" "cat" "enated";
  Printf.printf "%*s|%-*s|\n" 6 "ab" 6 "cd";
  Printf.printf "%.3s|%8.2s|\n" "abcdef" "xyz";
  let long = String.make 40 'x' in
  Printf.printf "%5s\n" long;
  Printf.printf "%S\n" (String.init 32 (fun i -> Char.chr (i * 7 + 1)));
  print_endline (Printf.sprintf "%c%c%c" 'o' 'k' '!')
