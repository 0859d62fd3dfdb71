(* Scanf.sscanf on strings: %s, %s@c, %[...], %S, %c, %C, %n, %N, %l and %%. *)
let () =
  Scanf.sscanf "hello world" "%s %s" (fun a b -> Printf.printf "[%s] [%s]\n" a b);
  Scanf.sscanf "key=value;rest" "%s@=%s@;%s" (fun k v r -> Printf.printf "k=%s v=%s r=%s\n" k v r);
  Scanf.sscanf "abc123def" "%[a-z]%[0-9]%s" (fun a b c -> Printf.printf "%s|%s|%s\n" a b c);
  Scanf.sscanf "ABCxyz" "%[^x]%s" (fun a b -> Printf.printf "%s / %s\n" a b);
  Scanf.sscanf "\"quoted \\\"str\\\"\" tail" "%S %s" (fun a b -> Printf.printf "<%s> <%s>\n" a b);
  Scanf.sscanf "xyz" "%c%c%c" (fun a b c -> Printf.printf "%c-%c-%c\n" a b c);
  Scanf.sscanf "'q' '\\n'" "%C %C" (fun a b -> Printf.printf "%C %C\n" a b);
  Scanf.sscanf "abcdef" "%3s%n" (fun s n -> Printf.printf "%s read %d\n" s n);
  Scanf.sscanf "one two three" "%s %s %s%N" (fun _ _ _ n -> Printf.printf "tokens %d\n" n);
  Scanf.sscanf "100%" "%d%%" (fun n -> Printf.printf "percent %d\n" n);
  Scanf.sscanf "a,b,,c" "%[^,],%[^,],%[^,],%s" (fun a b c d -> Printf.printf "[%s][%s][%s][%s]\n" a b c d);
  Scanf.sscanf "   leading" " %s" (fun s -> Printf.printf "%s\n" s);
  Scanf.sscanf "name: Ada Lovelace, born 1815" "name: %[^,], born %d" (fun n y -> Printf.printf "%s (%d)\n" n y);
  let ib = Scanf.Scanning.from_string "1 2 3 4 5 6" in
  let total = ref 0 in
  for _ = 1 to 6 do Scanf.bscanf ib " %d" (fun n -> total := !total + n) done;
  Printf.printf "total %d\n" !total;
  let ib2 = Scanf.Scanning.from_string "line one\nline two\n" in
  let l1 = Scanf.bscanf ib2 "%[^\n]\n" (fun s -> s) in
  let l2 = Scanf.bscanf ib2 "%[^\n]\n" (fun s -> s) in
  Printf.printf "%s | %s | eof=%b\n" l1 l2 (Scanf.Scanning.end_of_input ib2);
  let r = Scanf.sscanf "3,4" "%d,%d" (fun a b -> (a, b)) in
  Printf.printf "(%d,%d)\n" (fst r) (snd r);
  print_endline (Scanf.format_from_string "%d-%s" "%d-%s" |> string_of_format);
  Scanf.ksscanf "7 8" (fun _ e -> Printf.printf "err %s\n" (Printexc.to_string e)) "%d %d" (fun a b -> Printf.printf "ok %d\n" (a + b))
