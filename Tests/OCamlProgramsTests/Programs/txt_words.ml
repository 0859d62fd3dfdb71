(* Word statistics over a paragraph: splitting, case folding, counting with Hashtbl, sorting, formatting. *)
let text = "It was the best of times, it was the worst of times, it was the age of wisdom, \
            it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, \
            it was the season of Light, it was the season of Darkness, it was the spring of hope, \
            it was the winter of despair."

let () =
  let clean = String.map (fun c -> if c = ',' || c = '.' then ' ' else Char.lowercase_ascii c) text in
  let words = List.filter (fun w -> w <> "") (String.split_on_char ' ' clean) in
  Printf.printf "words %d, chars %d\n" (List.length words) (String.length text);
  let counts = Hashtbl.create 32 in
  List.iter (fun w -> Hashtbl.replace counts w (1 + try Hashtbl.find counts w with Not_found -> 0)) words;
  let pairs = Hashtbl.fold (fun w n acc -> (w, n) :: acc) counts [] in
  let sorted = List.sort (fun (w1, n1) (w2, n2) -> if n1 <> n2 then compare n2 n1 else compare w1 w2) pairs in
  List.iteri (fun i (w, n) -> if i < 12 then Printf.printf "%-12s %3d %s\n" w n (String.make n '*')) sorted;
  Printf.printf "distinct %d\n" (List.length pairs);
  let by_len = Array.make 15 0 in
  List.iter (fun w -> let l = String.length w in by_len.(l) <- by_len.(l) + 1) words;
  Array.iteri (fun l n -> if n > 0 then Printf.printf "length %2d: %d\n" l n) by_len;
  let longest = List.fold_left (fun a w -> if String.length w > String.length a then w else a) "" words in
  Printf.printf "longest %S capitalised %S\n" longest (String.capitalize_ascii longest);
  let title = String.concat " " (List.map String.capitalize_ascii (List.filteri (fun i _ -> i < 8) words)) in
  print_endline title;
  let wrap width ws =
    let b = Buffer.create 256 and col = ref 0 in
    List.iter (fun w ->
      if !col > 0 && !col + 1 + String.length w > width then (Buffer.add_char b '\n'; col := 0);
      if !col > 0 then (Buffer.add_char b ' '; incr col);
      Buffer.add_string b w; col := !col + String.length w) ws;
    Buffer.contents b in
  print_endline (wrap 32 (String.split_on_char ' ' text));
  let acronym = String.concat "" (List.map (fun w -> String.make 1 (Char.uppercase_ascii w.[0])) (List.filteri (fun i _ -> i < 10) words)) in
  print_endline acronym
