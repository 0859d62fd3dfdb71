(* Bytes: mutation, blit with overlap, fill, extend, cat, conversions, unsafe views, binary accessors. *)
let p name b = Printf.printf "%s: %S\n" name (Bytes.to_string b)

let () =
  let b = Bytes.create 10 in
  Bytes.fill b 0 10 'a';
  for i = 0 to 9 do Bytes.set b i (Char.chr (Char.code 'a' + i)) done;
  p "filled" b;
  Bytes.blit b 0 b 3 5; p "overlap right" b;
  Bytes.blit b 4 b 1 6; p "overlap left" b;
  p "copy" (Bytes.copy b);
  p "sub" (Bytes.sub b 2 4);
  (let e = Bytes.extend (Bytes.of_string "mid") 2 3 in Bytes.fill e 0 2 '<'; Bytes.fill e 5 3 '>'; p "extend" e);
  p "cat" (Bytes.cat (Bytes.of_string "ab") (Bytes.of_string "cd"));
  p "concat" (Bytes.concat (Bytes.of_string "-") [Bytes.of_string "x"; Bytes.of_string "y"; Bytes.empty]);
  p "init" (Bytes.init 6 (fun i -> Char.chr (65 + i * 2)));
  p "map" (Bytes.map Char.uppercase_ascii (Bytes.of_string "shout"));
  p "mapi" (Bytes.mapi (fun i c -> if i = 0 then '#' else c) (Bytes.of_string "hash"));
  p "trim" (Bytes.trim (Bytes.of_string "  pad  "));
  p "uppercase" (Bytes.uppercase_ascii (Bytes.of_string "mIxEd"));
  p "escaped" (Bytes.escaped (Bytes.of_string "a\tb\"c\\"));
  Printf.printf "index %d rindex %d contains %b\n" (Bytes.index b 'e') (Bytes.rindex b 'e') (Bytes.contains b 'z');
  Printf.printf "compare %d %d %d equal %b\n" (Bytes.compare (Bytes.of_string "a") (Bytes.of_string "b"))
    (Bytes.compare (Bytes.of_string "b") (Bytes.of_string "a")) (Bytes.compare b b) (Bytes.equal b (Bytes.copy b));
  let s = Bytes.to_string b in
  Bytes.set b 0 'Z';
  Printf.printf "string unaffected %S vs %S\n" s (Bytes.to_string b);
  let u = Bytes.unsafe_to_string (Bytes.of_string "owned") in
  Printf.printf "unsafe %S\n" u;
  let bin = Bytes.make 16 '\000' in
  Bytes.set_uint8 bin 0 200; Bytes.set_int8 bin 1 (-3);
  Bytes.set_uint16_le bin 2 0xBEEF; Bytes.set_uint16_be bin 4 0xBEEF;
  Bytes.set_int16_le bin 6 (-2);
  Bytes.set_int32_le bin 8 0x7FFFFFFFl; Bytes.set_int32_be bin 12 (-5l);
  Bytes.iter (fun c -> Printf.printf "%02x" (Char.code c)) bin; print_newline ();
  Printf.printf "%d %d %d %d %d %ld %ld\n" (Bytes.get_uint8 bin 0) (Bytes.get_int8 bin 1)
    (Bytes.get_uint16_le bin 2) (Bytes.get_uint16_be bin 4) (Bytes.get_int16_le bin 6)
    (Bytes.get_int32_le bin 8) (Bytes.get_int32_be bin 12);
  let b64 = Bytes.make 8 '\000' in
  Bytes.set_int64_be b64 0 0x0102030405060708L;
  Printf.printf "%Lx %Lx\n" (Bytes.get_int64_be b64 0) (Bytes.get_int64_le b64 0);
  Printf.printf "string getters %d %ld\n" (String.get_uint16_be "\001\002" 0) (String.get_int32_le "\001\000\000\128" 0);
  let r = Bytes.of_string "reverse me" in
  let n = Bytes.length r in
  for i = 0 to n / 2 - 1 do
    let c = Bytes.get r i in Bytes.set r i (Bytes.get r (n - 1 - i)); Bytes.set r (n - 1 - i) c
  done;
  p "reversed" r
