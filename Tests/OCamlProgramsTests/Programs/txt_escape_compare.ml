(* String.escaped and String.compare/equal on many strings, with sorting and hashing. *)
let samples = ["plain"; "tab\t"; "newline\n"; "cr\r"; "quote\""; "apos'"; "back\\"; "\000nul";
               "\127del"; "\128high\255"; "caf\195\169"; ""; "Z"; "a"; "aa"; "ab"; "B"]

let () =
  List.iter (fun s -> Printf.printf "%-12s -> %s | %S\n" (String.escaped s) (String.escaped (String.escaped s)) s) samples;
  let sorted = List.sort String.compare samples in
  Printf.printf "sorted: %s\n" (String.concat " " (List.map String.escaped sorted));
  let pairs = [("a", "b"); ("b", "a"); ("abc", "abc"); ("ab", "abc"); ("abc", "ab"); ("", "");
               ("", "a"); ("Z", "a"); ("\255", "\000"); ("same", "same")] in
  List.iter (fun (x, y) ->
    Printf.printf "%S %S: compare=%d equal=%b (=)%b (<)%b (>=)%b poly=%d\n" x y
      (String.compare x y) (String.equal x y) (x = y) (x < y) (x >= y) (compare x y)) pairs;
  List.iter (fun s -> Printf.printf "hash %S = %d\n" s (Hashtbl.hash s)) samples;
  let h = Hashtbl.create 16 in
  List.iteri (fun i s -> Hashtbl.replace h s i) samples;
  Printf.printf "table %d, find quote %d, mem %b\n" (Hashtbl.length h) (Hashtbl.find h "quote\"") (Hashtbl.mem h "missing");
  Printf.printf "unescaped %S\n" (Scanf.unescaped "a\\tb\\\\c\\\"d\\065")
