(* String building and transformation: make, init, concat, split_on_char, trim, case, map, mapi, iter, fold. *)
let () =
  Printf.printf "%S %S %S\n" (String.make 5 '*') (String.init 10 (fun i -> Char.chr (48 + i))) (String.make 0 'x');
  Printf.printf "%S\n" (String.concat ", " ["a"; "bb"; ""; "ccc"]);
  Printf.printf "%S\n" (String.concat "" []);
  List.iter (fun s ->
    let parts = String.split_on_char ',' s in
    Printf.printf "%S -> %d [%s]\n" s (List.length parts) (String.concat "|" parts))
    [""; ","; "a,b,c"; ",lead"; "trail,"; "no comma"; "a,,b"];
  List.iter (fun s -> Printf.printf "trim %S -> %S\n" s (String.trim s))
    ["  both  "; "\t\n tabs \r\n"; "none"; "   "; ""; " inner  space "; "\012form\012"];
  let s = "Hello, World! 123 abc XYZ" in
  Printf.printf "%s\n%s\n%s\n%s\n" (String.uppercase_ascii s) (String.lowercase_ascii s)
    (String.capitalize_ascii "élan hello") (String.uncapitalize_ascii "ABC");
  Printf.printf "%s\n" (String.map (fun c -> if c = 'l' then 'L' else c) s);
  Printf.printf "%s\n" (String.mapi (fun i c -> if i mod 2 = 0 then Char.uppercase_ascii c else Char.lowercase_ascii c) "alternating case");
  String.iter (fun c -> Printf.printf "%d " (Char.code c)) "abc\255"; print_newline ();
  String.iteri (fun i c -> Printf.printf "%d:%c " i c) "iter"; print_newline ();
  Printf.printf "fold_left %d fold_right %s\n"
    (String.fold_left (fun acc c -> acc + Char.code c) 0 "checksum")
    (String.fold_right (fun c acc -> acc ^ String.make 1 c) "reverse" "");
  Printf.printf "length %d get %c\n" (String.length s) (String.get s 7);
  Printf.printf "%S %S\n" (String.sub s 7 5) (String.sub s 0 0);
  let seq = String.to_seq "seq" in
  Printf.printf "%S\n" (String.of_seq (Seq.map Char.uppercase_ascii seq));
  Printf.printf "%S\n" (String.of_bytes (String.to_bytes "round trip"));
  let words = String.split_on_char ' ' "the rain in spain falls mainly on the plain" in
  let longest = List.fold_left (fun a w -> if String.length w > String.length a then w else a) "" words in
  Printf.printf "longest %s, sorted %s\n" longest (String.concat " " (List.sort String.compare words));
  Printf.printf "cat %s\n" (String.cat "con" "cat");
  Printf.printf "repeat %s\n" (String.concat "" (List.init 5 (fun _ -> "ab")))
