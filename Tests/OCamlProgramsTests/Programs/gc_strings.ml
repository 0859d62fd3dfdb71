(* GC stress with strings and bytes: concatenation, Buffer growth, String.concat,
   substrings, Bytes mutations; ~30 MB allocated; results are lengths, digests of contents
   (a hand-written checksum) and samples *)
let checksum s = let h = ref 0 in String.iter (fun c -> h := (!h * 31 + Char.code c) land 0xFFFFFF) s; !h

let () =
  let s = ref "" and total = ref 0 in
  for i = 1 to 2000 do
    s := !s ^ string_of_int (i mod 10);
    if String.length !s > 500 then begin total := !total + checksum !s; s := String.sub !s 250 (String.length !s - 250) end
  done;
  Printf.printf "concat: final %d chars, checksum %d, total %d\n" (String.length !s) (checksum !s) (!total land 0xFFFFFF)

let () =
  let b = Buffer.create 1 in
  for i = 1 to 20_000 do
    Buffer.add_string b (string_of_int i);
    Buffer.add_char b (if i mod 10 = 0 then '\n' else ',')
  done;
  let text = Buffer.contents b in
  let lines = String.split_on_char '\n' text in
  Printf.printf "buffer: %d bytes, %d lines, line 1000 = %s\n" (String.length text) (List.length lines) (List.nth lines 999);
  Printf.printf "checksum %d\n" (checksum text)

let () =
  let words = Array.init 5000 (fun i -> String.make (1 + i mod 17) (Char.chr (97 + i mod 26))) in
  let rounds = ref 0 and acc = ref 0 in
  for r = 1 to 40 do
    let joined = String.concat "-" (Array.to_list words) in
    let upper = String.uppercase_ascii joined in
    acc := (!acc + checksum upper + String.length joined) land 0xFFFFFF;
    words.(r) <- String.sub upper r 5;
    incr rounds
  done;
  Printf.printf "concat rounds %d acc %d sample %s\n" !rounds !acc words.(7)

let () =
  let b = Bytes.make 4096 'a' in
  let kept = ref [] in
  for i = 0 to 4999 do
    Bytes.set b (i mod 4096) (Char.chr (65 + i mod 26));
    let copy = Bytes.sub_string b (i mod 4000) 64 in
    if i mod 1000 = 0 then kept := copy :: !kept
  done;
  List.iter (fun s -> Printf.printf "%s\n" (String.sub s 0 16)) (List.rev !kept);
  Printf.printf "bytes checksum %d\n" (checksum (Bytes.to_string b))
