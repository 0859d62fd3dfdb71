(* Buffer: add_* functions, contents, sub, nth, truncate, reset, blit, errors. *)
let show name b = Printf.printf "%s: len=%d %S\n" name (Buffer.length b) (Buffer.contents b)

let () =
  let b = Buffer.create 1 in
  Buffer.add_char b 'a';
  Buffer.add_string b "bcd";
  Buffer.add_substring b "0123456789" 3 4;
  Buffer.add_bytes b (Bytes.of_string "XY");
  Buffer.add_subbytes b (Bytes.of_string "pqrs") 1 2;
  show "adds" b;
  Buffer.add_utf_8_uchar b (Uchar.of_int 0xE9);
  Buffer.add_utf_8_uchar b (Uchar.of_int 0x20AC);
  Buffer.add_utf_8_uchar b (Uchar.of_int 0x1F600);
  show "utf8" b;
  Printf.printf "sub %S nth %c %c\n" (Buffer.sub b 2 5) (Buffer.nth b 0) (Buffer.nth b 5);
  Buffer.truncate b 4;
  show "truncated" b;
  let b2 = Buffer.create 8 in
  Buffer.add_buffer b2 b;
  Buffer.add_buffer b2 b;
  show "add_buffer" b2;
  let dst = Bytes.make 6 '.' in
  Buffer.blit b2 1 dst 2 3;
  Printf.printf "blit %S\n" (Bytes.to_string dst);
  Printf.printf "to_bytes %S\n" (Bytes.to_string (Buffer.to_bytes b2));
  Buffer.reset b2; show "reset" b2;
  Buffer.add_string b2 "again"; Buffer.clear b2; show "clear" b2;
  let check name f = match f () with
    | () -> Printf.printf "%s: no error\n" name
    | exception Invalid_argument m -> Printf.printf "%s: Invalid_argument %S\n" name m in
  check "nth past end" (fun () -> ignore (Buffer.nth b 4));
  check "nth negative" (fun () -> ignore (Buffer.nth b (-1)));
  check "sub bad" (fun () -> ignore (Buffer.sub b 2 10));
  check "truncate bad" (fun () -> Buffer.truncate b 99);
  check "add_substring bad" (fun () -> Buffer.add_substring b "abc" 2 5);
  check "blit bad" (fun () -> Buffer.blit b 0 dst 5 3);
  let b3 = Buffer.create 4 in
  Buffer.add_string b3 "k=v; x=1; y=22";
  Buffer.add_substitute b3 (fun s -> "<" ^ s ^ ">") " $name and ${other}";
  show "substitute" b3;
  let b4 = Buffer.create 4 in
  Buffer.add_int8 b4 (-2); Buffer.add_uint16_le b4 0x1234; Buffer.add_int32_be b4 0x01020304l;
  Buffer.add_int64_le b4 0x0807060504030201L;
  String.iter (fun c -> Printf.printf "%02x" (Char.code c)) (Buffer.contents b4);
  print_newline ();
  let seq = Buffer.to_seq (Buffer.of_seq (String.to_seq "sequence")) in
  Seq.iter print_char seq; print_newline ()
