(* The rest of String in 4.13: empty, to_seqi, blit, binary getters, equal/compare, copy, and a Set/Map of strings. *)
module SS = Set.Make (String)
module SM = Map.Make (String)

let () =
  Printf.printf "empty %S %d %b\n" String.empty (String.length String.empty) (String.equal String.empty "");
  Seq.iter (fun (i, c) -> Printf.printf "%d=%c " i c) (String.to_seqi "seqi"); print_newline ();
  let dst = Bytes.make 10 '_' in
  String.blit "abcdef" 1 dst 3 4;
  Printf.printf "blit %S\n" (Bytes.to_string dst);
  let bin = "\x01\x80\xff\x7f\x00\x10\x20\x30\x40\x50\x60\x70" in
  Printf.printf "u8 %d %d i8 %d %d\n" (String.get_uint8 bin 1) (String.get_uint8 bin 2) (String.get_int8 bin 1) (String.get_int8 bin 3);
  Printf.printf "u16le %d u16be %d i16le %d i16be %d\n" (String.get_uint16_le bin 0) (String.get_uint16_be bin 0)
    (String.get_int16_le bin 1) (String.get_int16_be bin 2);
  Printf.printf "i32le %ld i32be %ld i64le %Ld i64be %Ld\n" (String.get_int32_le bin 0) (String.get_int32_be bin 4)
    (String.get_int64_le bin 4) (String.get_int64_be bin 0);
  (match String.get_int32_le bin 10 with _ -> () | exception Invalid_argument m -> Printf.printf "get_int32_le: %S\n" m);
  let words = ["pear"; "apple"; "fig"; "banana"; "apple"; "cherry"; "fig"; "date"] in
  let set = List.fold_left (fun s w -> SS.add w s) SS.empty words in
  Printf.printf "set %s (card %d) mem fig %b mem kiwi %b\n" (String.concat "," (SS.elements set)) (SS.cardinal set) (SS.mem "fig" set) (SS.mem "kiwi" set);
  let map = List.fold_left (fun m w -> SM.update w (function None -> Some 1 | Some n -> Some (n + 1)) m) SM.empty words in
  SM.iter (fun k v -> Printf.printf "%s:%d " k v) map; print_newline ();
  Printf.printf "min %s max %s split at c: %d below\n" (SS.min_elt set) (SS.max_elt set)
    (let l, _, _ = SS.split "c" set in SS.cardinal l);
  List.iter (fun (a, b) -> Printf.printf "%S vs %S: compare %d equal %b\n" a b (String.compare a b) (String.equal a b))
    [("apple", "apples"); ("Apple", "apple"); ("\xff", "a"); ("z", "aa")];
  let s = "mutable?" in
  let b = Bytes.of_string s in
  Bytes.set b 7 '!';
  Printf.printf "%s %s\n" s (Bytes.to_string b);
  let rev s = let n = String.length s in String.init n (fun i -> s.[n - 1 - i]) in
  Printf.printf "%s %s\n" (rev "stressed") (rev "");
  let lines = String.split_on_char '\n' "first\nsecond\n\nfourth" in
  List.iteri (fun i l -> Printf.printf "%d:%S(%d) " i l (String.length l)) lines; print_newline ();
  Printf.printf "%s\n" (String.concat "" (List.map (fun w -> String.sub w 0 1) words))
