(* Digest (MD5) of many strings printed as hex, compared with known properties. *)
let () =
  let inputs = [""; "a"; "abc"; "message digest"; "abcdefghijklmnopqrstuvwxyz";
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
                String.concat "" (List.init 8 (fun _ -> "1234567890"));
                "The quick brown fox jumps over the lazy dog"; "The quick brown fox jumps over the lazy dog.";
                String.make 55 'x'; String.make 56 'x'; String.make 63 'x'; String.make 64 'x'; String.make 65 'x';
                String.make 1000 '\255'; String.init 256 Char.chr] in
  List.iter (fun s ->
    let d = Digest.string s in
    Printf.printf "%3d bytes: %s (%d raw bytes)\n" (String.length s) (Digest.to_hex d) (String.length d)) inputs;
  let s = "substring digest test" in
  Printf.printf "substring %s = %s: %b\n" (Digest.to_hex (Digest.substring s 3 9)) (Digest.to_hex (Digest.string (String.sub s 3 9)))
    (Digest.substring s 3 9 = Digest.string (String.sub s 3 9));
  Printf.printf "bytes %s\n" (Digest.to_hex (Digest.bytes (Bytes.of_string "abc")));
  let d = Digest.string "round trip" in
  Printf.printf "of_hex round trip %b, compare %d %b\n" (Digest.from_hex (Digest.to_hex d) = d) (Digest.compare d d) (Digest.equal d (Digest.string "other"));
  (match Digest.from_hex "zz" with _ -> () | exception Invalid_argument m -> Printf.printf "from_hex: Invalid_argument %S\n" m);
  let chain = ref "" in
  for i = 1 to 100 do chain := Digest.string (!chain ^ string_of_int i) done;
  Printf.printf "chained %s\n" (Digest.to_hex !chain);
  let big = Buffer.create 100000 in
  for i = 0 to 9999 do Buffer.add_string big (Printf.sprintf "%04d\n" i) done;
  Printf.printf "big %d bytes %s\n" (Buffer.length big) (Digest.to_hex (Digest.string (Buffer.contents big)))
