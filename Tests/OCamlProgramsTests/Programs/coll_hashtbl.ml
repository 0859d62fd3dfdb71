(* Hashtbl: add (shadowing), replace, remove (uncovers the previous binding), find,
   find_opt, find_all (newest first), mem, length, iter and fold order (bucket order, which
   depends on the hash function: must equal ocamlrun's), resize from a tiny initial size *)
let show_all t = Hashtbl.fold (fun k v acc -> Printf.sprintf "%s=%d" k v :: acc) t [] |> String.concat " "

let () =
  let t = Hashtbl.create 1 in
  List.iteri (fun i k -> Hashtbl.add t k i) [ "one"; "two"; "three"; "four"; "five"; "six"; "seven"; "eight" ];
  Printf.printf "length %d\n" (Hashtbl.length t);
  Printf.printf "fold: %s\n" (show_all t);
  print_string "iter:"; Hashtbl.iter (fun k v -> Printf.printf " %s:%d" k v) t; print_newline ();
  Hashtbl.add t "two" 20; Hashtbl.add t "two" 200;
  Printf.printf "find two %d, find_all two [%s]\n" (Hashtbl.find t "two")
    (String.concat ";" (List.map string_of_int (Hashtbl.find_all t "two")));
  Hashtbl.remove t "two";
  Printf.printf "after remove: %d, length %d\n" (Hashtbl.find t "two") (Hashtbl.length t);
  Hashtbl.replace t "two" 2000;
  Printf.printf "after replace: [%s]\n" (String.concat ";" (List.map string_of_int (Hashtbl.find_all t "two")));
  Printf.printf "mem six %b, mem nine %b, find_opt nine %s\n" (Hashtbl.mem t "six") (Hashtbl.mem t "nine")
    (match Hashtbl.find_opt t "nine" with None -> "None" | Some v -> string_of_int v);
  Hashtbl.remove t "nine";
  (try ignore (Hashtbl.find t "nine") with Not_found -> print_endline "find nine: Not_found");
  Printf.printf "fold: %s\n" (show_all t)

(* integer keys: order of iteration after growth through many resizes *)
let () =
  let t = Hashtbl.create 2 in
  for i = 0 to 4999 do Hashtbl.replace t (i * 7919 mod 100_003) i done;
  let st = Hashtbl.stats t in
  Printf.printf "entries %d buckets %d max bucket %d\n" st.Hashtbl.num_bindings st.Hashtbl.num_buckets st.Hashtbl.max_bucket_length;
  let first = ref [] in
  Hashtbl.iter (fun k v -> if List.length !first < 12 then first := (k, v) :: !first) t;
  List.iter (fun (k, v) -> Printf.printf "(%d,%d) " k v) (List.rev !first);
  print_newline ();
  for i = 0 to 2499 do Hashtbl.remove t (i * 2 * 7919 mod 100_003) done;
  Printf.printf "after removals %d, sum %d\n" (Hashtbl.length t) (Hashtbl.fold (fun _ v a -> a + v) t 0)

(* tuple, float, char, list and variant keys (structural hashing and equality) *)
type color = Red | Green | Custom of int * string
let () =
  let t = Hashtbl.create 8 in
  Hashtbl.add t (`Tuple (1, "a")) "tuple";
  Hashtbl.add t (`Float 1.5) "float";
  Hashtbl.add t (`Char 'z') "char";
  Hashtbl.add t (`List [ 1; 2; 3 ]) "list";
  Hashtbl.add t (`Color (Custom (3, "x"))) "custom";
  Hashtbl.add t (`Color Red) "red";
  Printf.printf "%s %s %s %s %s %s\n" (Hashtbl.find t (`Tuple (1, "a"))) (Hashtbl.find t (`Float 1.5))
    (Hashtbl.find t (`Char 'z')) (Hashtbl.find t (`List [ 1; 2; 3 ])) (Hashtbl.find t (`Color (Custom (3, "x"))))
    (Hashtbl.find t (`Color Red));
  Printf.printf "green %b\n" (Hashtbl.mem t (`Color Green));
  List.iter (fun v -> Printf.printf "hash %d\n" (Hashtbl.hash v))
    [ Obj.repr 0; Obj.repr 42; Obj.repr (-1); Obj.repr "hello"; Obj.repr ""; Obj.repr (1, 2); Obj.repr [ 1; 2; 3 ];
      Obj.repr 1.5; Obj.repr 'a'; Obj.repr (Custom (7, "seven")); Obj.repr Red; Obj.repr (Some "x") ]
