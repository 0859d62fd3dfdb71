(* The Seq module: lazy sequences, unfold, filter_map, take/drop via our own helpers. *)
let rec take n s () = if n = 0 then Seq.Nil else match s () with
  | Seq.Nil -> Seq.Nil
  | Seq.Cons (x, rest) -> Seq.Cons (x, take (n - 1) rest)

let rec nat n () = Seq.Cons (n, nat (n + 1))
let to_string f s = String.concat " " (List.of_seq (Seq.map f s))
let ints s = to_string string_of_int s

let primes =
  let rec sieve s () = match s () with
    | Seq.Nil -> Seq.Nil
    | Seq.Cons (p, rest) -> Seq.Cons (p, sieve (Seq.filter (fun x -> x mod p <> 0) rest)) in
  sieve (nat 2)

let () =
  print_endline (ints (take 10 (nat 0)));
  print_endline (ints (take 12 primes));
  let evens = Seq.filter (fun x -> x mod 2 = 0) (nat 1) in
  print_endline (ints (take 5 evens));
  let sq = Seq.map (fun x -> x * x) (take 6 (nat 1)) in
  print_endline (ints sq);
  let collatz = Seq.unfold (fun n -> if n = 1 then None else Some (n, if n mod 2 = 0 then n / 2 else 3 * n + 1)) 27 in
  Printf.printf "collatz length %d, max %d\n" (Seq.fold_left (fun a _ -> a + 1) 0 collatz) (Seq.fold_left max 0 collatz);
  let fm = Seq.filter_map (fun x -> if x mod 3 = 0 then Some (string_of_int x ^ "!") else None) (take 15 (nat 1)) in
  print_endline (String.concat "," (List.of_seq fm));
  let flat = Seq.flat_map (fun x -> List.to_seq [x; x * 10]) (List.to_seq [1; 2; 3]) in
  print_endline (ints flat);
  let app = Seq.append (List.to_seq ["a"; "b"]) (Seq.return "c") in
  print_endline (String.concat "" (List.of_seq app));
  (* a sequence is re-evaluated each time it is traversed *)
  let calls = ref 0 in
  let counted = Seq.map (fun x -> incr calls; x) (List.to_seq [1; 2; 3]) in
  Seq.iter ignore counted; Seq.iter ignore counted;
  Printf.printf "calls %d\n" !calls;
  let tbl = Hashtbl.of_seq (List.to_seq [ ("one", 1); ("two", 2); ("three", 3) ]) in
  let keys = List.sort compare (List.of_seq (Hashtbl.to_seq_keys tbl)) in
  print_endline (String.concat "," keys);
  let s = String.to_seq "hello" in
  print_endline (String.of_seq (Seq.map Char.uppercase_ascii s));
  let arr = Array.of_seq (take 5 (Seq.map (fun x -> x * 3) (nat 0))) in
  Printf.printf "array %d %d\n" (Array.length arr) arr.(4);
  print_endline (ints (Seq.empty))
