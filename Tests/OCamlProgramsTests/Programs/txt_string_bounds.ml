(* Out-of-bounds String and Bytes operations raise Invalid_argument with OCaml's messages. *)
let attempt name f =
  match f () with
  | s -> Printf.printf "%s: ok %S\n" name s
  | exception Invalid_argument m -> Printf.printf "%s: Invalid_argument %S\n" name m
  | exception e -> Printf.printf "%s: %s\n" name (Printexc.to_string e)

let () =
  let s = "abcdef" in
  let b = Bytes.of_string "012345" in
  attempt "sub ok" (fun () -> String.sub s 1 3);
  attempt "sub neg start" (fun () -> String.sub s (-1) 2);
  attempt "sub too long" (fun () -> String.sub s 4 3);
  attempt "sub neg len" (fun () -> String.sub s 2 (-1));
  attempt "sub at end" (fun () -> String.sub s 6 0);
  attempt "get past end" (fun () -> String.make 1 s.[6]);
  attempt "get negative" (fun () -> String.make 1 (String.get s (-1)));
  attempt "make negative" (fun () -> String.make (-1) 'x');
  attempt "init negative" (fun () -> String.init (-3) (fun _ -> 'x'));
  attempt "bytes set past end" (fun () -> Bytes.set b 6 'x'; "set");
  attempt "bytes get" (fun () -> String.make 1 (Bytes.get b 5));
  attempt "bytes sub bad" (fun () -> Bytes.to_string (Bytes.sub b 3 4));
  attempt "blit ok" (fun () -> let d = Bytes.make 6 '-' in Bytes.blit b 0 d 2 3; Bytes.to_string d);
  attempt "blit bad src" (fun () -> let d = Bytes.make 6 '-' in Bytes.blit b 4 d 0 3; Bytes.to_string d);
  attempt "blit bad dst" (fun () -> let d = Bytes.make 6 '-' in Bytes.blit b 0 d 5 2; Bytes.to_string d);
  attempt "blit_string bad" (fun () -> let d = Bytes.make 2 '-' in Bytes.blit_string s 0 d 0 3; Bytes.to_string d);
  attempt "fill ok" (fun () -> let d = Bytes.make 5 '.' in Bytes.fill d 1 3 '#'; Bytes.to_string d);
  attempt "fill bad" (fun () -> let d = Bytes.make 5 '.' in Bytes.fill d 3 3 '#'; Bytes.to_string d);
  attempt "String.blit bad" (fun () -> let d = Bytes.make 3 '-' in String.blit s (-1) d 0 1; Bytes.to_string d);
  attempt "extend" (fun () -> Bytes.to_string (Bytes.extend b (-2) (-1)));
  attempt "extend bad" (fun () -> Bytes.to_string (Bytes.extend b (-7) 0));
  attempt "index_from bad" (fun () -> string_of_int (String.index_from s 7 'a'));
  attempt "Char.chr bad" (fun () -> String.make 1 (Char.chr 256));
  attempt "Char.chr neg" (fun () -> String.make 1 (Char.chr (-1)));
  attempt "List.nth" (fun () -> List.nth ["a"] 3);
  attempt "Array get" (fun () -> [| "x" |].(2));
  attempt "int_of_string" (fun () -> string_of_int (int_of_string "0x"))
