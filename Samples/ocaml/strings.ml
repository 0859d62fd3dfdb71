(* Strings: Buffer, concatenation, String.concat/split, char mapping. *)
let () =
  let b = Buffer.create 16 in
  for i = 1 to 60_000 do
    Buffer.add_string b (string_of_int i);
    Buffer.add_char b (if i mod 10 = 0 then '\n' else ' ')
  done;
  let text = Buffer.contents b in
  let lines = String.split_on_char '\n' text in
  let words = List.concat_map (String.split_on_char ' ') lines in
  let upper = String.map (fun c -> if c = '1' then 'I' else c) text in
  let ones = ref 0 in
  String.iter (fun c -> if c = 'I' then incr ones) upper;
  let joined = String.concat "," (List.filter (fun w -> String.length w = 3) words) in
  Printf.printf "%d bytes, %d lines, %d words, %d ones, joined %d bytes, hash %d\n"
    (String.length text) (List.length lines) (List.length words) !ones (String.length joined)
    (Hashtbl.hash joined)
