(* Random with fixed seeds: the sequences must equal ocamlrun's (the generator is OCaml code
   over ints, so the target's 31-bit arithmetic must reproduce the host's results for the
   30-bit draws): init, full_init, int, bool, float, bits, int32 bounds within 30 bits,
   State.make / copy / independent streams, and a shuffle *)
let draws n f = String.concat " " (List.init n (fun _ -> f ()))

let () =
  Random.init 42;
  Printf.printf "int 100: %s\n" (draws 12 (fun () -> string_of_int (Random.int 100)));
  Printf.printf "bits: %s\n" (draws 6 (fun () -> string_of_int (Random.bits ())));
  Printf.printf "bool: %s\n" (draws 16 (fun () -> if Random.bool () then "1" else "0"));
  Printf.printf "float 1.0: %s\n" (draws 5 (fun () -> Printf.sprintf "%.9f" (Random.float 1.0)));
  Printf.printf "int 1_000_000_000: %s\n" (draws 4 (fun () -> string_of_int (Random.int 1_000_000_000)));
  Printf.printf "int32 1000: %s\n" (draws 4 (fun () -> Int32.to_string (Random.int32 1000l)));
  Printf.printf "full_int 1000: %s\n" (draws 4 (fun () -> string_of_int (Random.full_int 1000)))

let () =
  Random.full_init [| 1; 2; 3; 4 |];
  Printf.printf "full_init: %s\n" (draws 10 (fun () -> string_of_int (Random.int 1000)));
  Random.init 0;
  Printf.printf "init 0: %s\n" (draws 10 (fun () -> string_of_int (Random.int 10)))

let () =
  let s1 = Random.State.make [| 7 |] in
  let s2 = Random.State.copy s1 in
  let a = List.init 8 (fun _ -> Random.State.int s1 50) and b = List.init 8 (fun _ -> Random.State.int s2 50) in
  Printf.printf "state: %s\ncopy equal %b\n" (String.concat " " (List.map string_of_int a)) (a = b);
  let s3 = Random.State.make [| 7; 8 |] in
  Printf.printf "other seed: %s\n" (draws 8 (fun () -> string_of_int (Random.State.int s3 50)));
  Printf.printf "state float %.6f bool %b\n" (Random.State.float s1 10.0) (Random.State.bool s1)

(* Fisher-Yates shuffle and a histogram of 10_000 draws *)
let () =
  let st = Random.State.make [| 2024 |] in
  let a = Array.init 20 Fun.id in
  for i = Array.length a - 1 downto 1 do
    let j = Random.State.int st (i + 1) in
    let t = a.(i) in a.(i) <- a.(j); a.(j) <- t
  done;
  Printf.printf "shuffle: %s\n" (String.concat " " (Array.to_list (Array.map string_of_int a)));
  let hist = Array.make 6 0 in
  for _ = 1 to 10_000 do let d = Random.State.int st 6 in hist.(d) <- hist.(d) + 1 done;
  Printf.printf "dice: %s\n" (String.concat " " (Array.to_list (Array.map string_of_int hist)));
  (try ignore (Random.int 0) with Invalid_argument m -> Printf.printf "int 0: %s\n" m);
  (try ignore (Random.int (1 lsl 30)) with Invalid_argument m -> Printf.printf "int 2^30: %s\n" m)
