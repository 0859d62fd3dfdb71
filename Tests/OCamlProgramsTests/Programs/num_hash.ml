(* Hashtbl.hash on ints, strings, floats, records, variants, lists and nested data, printed as numbers. *)
type color = Red | Green | Blue | Rgb of int * int * int
type person = { first : string; last : string; born : int; height : float }

let () =
  List.iter (fun n -> Printf.printf "hash %d = %d\n" n (Hashtbl.hash n))
    [0; 1; -1; 2; 42; 1000; -1000; 65535; 1 lsl 20; 123456789; -123456789; 1073741823 / 2];
  List.iter (fun s -> Printf.printf "hash %S = %d\n" s (Hashtbl.hash s))
    [""; "a"; "b"; "ab"; "ba"; "hello"; "Hello"; "hello world"; String.make 100 'x'; "\000\001\002"];
  List.iter (fun f -> Printf.printf "hash %h = %d\n" f (Hashtbl.hash f))
    [0.0; -0.0; 1.0; -1.0; 0.5; 3.14159; 1e100; infinity; neg_infinity; nan; -. nan; 1e-310];
  List.iter (fun c -> Printf.printf "hash color = %d\n" (Hashtbl.hash c)) [Red; Green; Blue; Rgb (0, 0, 0); Rgb (255, 128, 0)];
  let p = { first = "Ada"; last = "Lovelace"; born = 1815; height = 1.65 } in
  Printf.printf "hash record = %d\n" (Hashtbl.hash p);
  Printf.printf "hash tuple = %d %d\n" (Hashtbl.hash (1, 2)) (Hashtbl.hash (2, 1));
  Printf.printf "hash lists = %d %d %d\n" (Hashtbl.hash [1; 2; 3]) (Hashtbl.hash [3; 2; 1]) (Hashtbl.hash ([] : int list));
  Printf.printf "hash long list = %d (only a prefix counts: %b)\n" (Hashtbl.hash (List.init 100 (fun i -> i)))
    (Hashtbl.hash (List.init 100 (fun i -> i)) = Hashtbl.hash (List.init 100 (fun i -> if i < 50 then i else -i)));
  Printf.printf "hash options %d %d %d\n" (Hashtbl.hash None) (Hashtbl.hash (Some 0)) (Hashtbl.hash (Some "x"));
  Printf.printf "hash arrays %d %d\n" (Hashtbl.hash [|1; 2|]) (Hashtbl.hash [|1.0; 2.0|]);
  Printf.printf "hash chars %d %d bools %d %d unit %d\n" (Hashtbl.hash 'a') (Hashtbl.hash 'z') (Hashtbl.hash true) (Hashtbl.hash false) (Hashtbl.hash ());
  Printf.printf "hash int32 %d int64 %d %d\n" (Hashtbl.hash 7l) (Hashtbl.hash 7L) (Hashtbl.hash 0x123456789L);
  Printf.printf "seeded %d %d\n" (Hashtbl.seeded_hash 1 "abc") (Hashtbl.seeded_hash 42 "abc");
  Printf.printf "hash_param %d %d\n" (Hashtbl.hash_param 1 1 [1; 2; 3]) (Hashtbl.hash_param 100 100 [1; 2; 3]);
  let deep = [[[[["x"]]]]; [[[["y"]]]]] in
  Printf.printf "deep %d\n" (Hashtbl.hash deep);
  Printf.printf "String.hash %d Int.hash? %d Float.hash %d\n" (Hashtbl.hash "key") (Hashtbl.hash 77) (Hashtbl.hash 2.5);
  let t = Hashtbl.create 8 in
  List.iter (fun w -> Hashtbl.replace t w (String.length w)) ["one"; "two"; "three"; "four"; "five"; "six"; "seven"];
  let keys = Hashtbl.fold (fun k _ acc -> k :: acc) t [] in
  Printf.printf "fold order: %s\n" (String.concat " " keys);
  Hashtbl.iter (fun k v -> Printf.printf "%s=%d " k v) t; print_newline ()
