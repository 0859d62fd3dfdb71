(* Uchar and UTF-8: encoding code points by hand and with Buffer, decoding, validity. *)
let encode u =
  let b = Buffer.create 4 in
  Buffer.add_utf_8_uchar b u;
  Buffer.contents b

let hex s = String.concat " " (List.map (fun c -> Printf.sprintf "%02X" (Char.code c)) (List.of_seq (String.to_seq s)))

let decode s =
  let rec go i acc =
    if i >= String.length s then List.rev acc else
    let c = Char.code s.[i] in
    let n, init = if c < 0x80 then 1, c else if c < 0xE0 then 2, c land 0x1F
      else if c < 0xF0 then 3, c land 0x0F else 4, c land 0x07 in
    let v = ref init in
    for k = 1 to n - 1 do v := (!v lsl 6) lor (Char.code s.[i + k] land 0x3F) done;
    go (i + n) (!v :: acc) in
  go 0 []

let () =
  let cps = [0x41; 0x7F; 0x80; 0xE9; 0x7FF; 0x800; 0x20AC; 0xD7FF; 0xE000; 0xFFFD; 0xFFFF; 0x10000; 0x1F600; 0x10FFFF] in
  List.iter (fun cp ->
    let u = Uchar.of_int cp in
    let e = encode u in
    Printf.printf "U+%04X len %d bytes [%s] back %X valid %b\n" (Uchar.to_int u) (String.length e) (hex e)
      (List.hd (decode e)) (Uchar.is_valid cp)) cps;
  List.iter (fun cp -> Printf.printf "is_valid %X = %b\n" cp (Uchar.is_valid cp)) [0xD800; 0xDFFF; 0x110000; 0x7FFFFFF];
  (match Uchar.of_int 0xD800 with _ -> print_endline "no error" | exception Invalid_argument m -> Printf.printf "Invalid_argument %S\n" m);
  Printf.printf "min %X max %X bom %X rep %X\n" (Uchar.to_int Uchar.min) (Uchar.to_int Uchar.max)
    (Uchar.to_int Uchar.bom) (Uchar.to_int Uchar.rep);
  Printf.printf "succ %X pred %X\n" (Uchar.to_int (Uchar.succ (Uchar.of_int 0xD7FF))) (Uchar.to_int (Uchar.pred (Uchar.of_int 0xE000)));
  Printf.printf "is_char %b %b to_char %c of_char %X\n" (Uchar.is_char (Uchar.of_int 65)) (Uchar.is_char (Uchar.of_int 256))
    (Uchar.to_char (Uchar.of_int 0x7A)) (Uchar.to_int (Uchar.of_char '\255'));
  Printf.printf "compare %d equal %b hash %d\n" (Uchar.compare (Uchar.of_int 5) (Uchar.of_int 9))
    (Uchar.equal Uchar.min (Uchar.of_int 0)) (Uchar.hash (Uchar.of_int 0x20AC));
  let text = "Grüße, 世界! €5 😀" in
  let points = decode text in
  Printf.printf "bytes %d code points %d\n" (String.length text) (List.length points);
  List.iter (fun cp -> Printf.printf "%X " cp) points; print_newline ();
  let b = Buffer.create 16 in
  List.iter (fun cp -> Buffer.add_utf_8_uchar b (Uchar.of_int cp)) (List.rev points);
  Printf.printf "reversed by code point: %s\n" (Buffer.contents b);
  let b16 = Buffer.create 16 in
  List.iter (fun cp -> Buffer.add_utf_16be_uchar b16 (Uchar.of_int cp)) [0x41; 0x20AC; 0x1F600];
  Printf.printf "utf16be [%s]\n" (hex (Buffer.contents b16))
