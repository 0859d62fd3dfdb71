(* Char: code, chr, escaped, case conversion, compare, and classification by hand. *)
let () =
  for i = 0 to 255 do
    let c = Char.chr i in
    if i mod 16 = 0 then Printf.printf "%3d:" i;
    Printf.printf " %s" (Char.escaped c);
    if i mod 16 = 15 then print_newline ()
  done;
  let s = "Hello World 09 az AZ [`{@" in
  String.iter (fun c ->
    Printf.printf "%c %d up=%c low=%c\n" c (Char.code c) (Char.uppercase_ascii c) (Char.lowercase_ascii c)) s;
  Printf.printf "compare %d %d %d equal %b %b\n" (Char.compare 'a' 'b') (Char.compare 'z' 'a')
    (Char.compare 'q' 'q') (Char.equal 'x' 'x') (Char.equal 'x' 'X');
  let is_digit c = c >= '0' && c <= '9' in
  let is_alpha c = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') in
  let count p = let n = ref 0 in for i = 0 to 255 do if p (Char.chr i) then incr n done; !n in
  Printf.printf "digits %d alpha %d printable %d\n" (count is_digit) (count is_alpha) (count (fun c -> c >= ' ' && c <= '~'));
  let rot13 c =
    if c >= 'a' && c <= 'z' then Char.chr ((Char.code c - 97 + 13) mod 26 + 97)
    else if c >= 'A' && c <= 'Z' then Char.chr ((Char.code c - 65 + 13) mod 26 + 65) else c in
  let msg = String.map rot13 "Why did the chicken cross the road?" in
  Printf.printf "%s\n%s\n" msg (String.map rot13 msg);
  Printf.printf "%C %C %C %C\n" '\000' '\255' '"' '\''
