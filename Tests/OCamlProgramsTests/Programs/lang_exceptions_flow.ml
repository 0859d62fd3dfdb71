(* Exception control flow: re-raise, nested handlers, exceptions through higher-order calls,
   raise_notrace, match ... with exception, handlers that raise, finally-like cleanup. *)
exception Retry of int
exception Give_up of string

let log = Buffer.create 128
let say s = Buffer.add_string log s; Buffer.add_char log ' '

let rec attempt n f = try f n with Retry k when k < 3 -> say ("retry" ^ string_of_int k); attempt (n + 1) f

let flaky n = if n < 2 then raise (Retry n) else n * 100

let cleanup f = match f () with
  | v -> say "cleanup-ok"; v
  | exception e -> say "cleanup-exn"; raise e

let deep n = let rec go k = if k = 0 then raise (Give_up "bottom") else 1 + go (k - 1) in go n

let () =
  Printf.printf "attempt %d\n" (attempt 0 flaky);
  (try ignore (attempt 0 (fun n -> raise (Retry (n + 5)))) with Retry k -> Printf.printf "escaped Retry %d\n" k);
  (try ignore (cleanup (fun () -> deep 50)) with Give_up s -> Printf.printf "gave up at %s\n" s);
  Printf.printf "cleanup value %d\n" (cleanup (fun () -> 7));
  (* exception raised from inside List.iter / List.map / Array.iter / Hashtbl.iter *)
  let first_neg l = try List.iter (fun x -> if x < 0 then raise (Give_up (string_of_int x))) l; "none" with Give_up s -> s in
  Printf.printf "first_neg %s %s\n" (first_neg [1; 2; -3; -4]) (first_neg [1]);
  let r = try Array.map (fun x -> 10 / x) [| 1; 2; 0; 4 |] with Division_by_zero -> [| -1 |] in
  Printf.printf "array map %d\n" (Array.length r);
  (* handler that itself raises; nested handlers *)
  let layered x =
    try
      try
        if x = 0 then raise Not_found else if x = 1 then failwith "one" else if x = 2 then raise (Retry 2) else x
      with Not_found -> say "inner-nf"; raise (Give_up "from inner")
         | Failure m -> say ("inner-fail-" ^ m); 100
    with Give_up m -> say ("outer-" ^ m); 200 in
  Printf.printf "layered %d %d %d\n" (layered 0) (layered 1) (layered 3);
  (try ignore (layered 2) with Retry n -> Printf.printf "layered 2 raised Retry %d\n" n);
  (* raise_notrace and reraise *)
  (try raise_notrace (Give_up "quiet") with Give_up s -> Printf.printf "notrace %s\n" s);
  (try (try raise (Retry 9) with e -> say "reraise"; raise e) with Retry n -> Printf.printf "reraised %d\n" n);
  (* exception inside a loop with a counter, loop continues *)
  let ok = ref 0 and bad = ref 0 in
  for i = -5 to 5 do
    match 60 / i with v -> ok := !ok + v | exception Division_by_zero -> incr bad
  done;
  Printf.printf "loop ok %d bad %d\n" !ok !bad;
  (* exception value stored and raised later, compared *)
  let stored = Give_up "later" in
  (match (try raise stored with e -> e) with e when e == stored -> print_endline "same exception value" | _ -> print_endline "different");
  (* Invalid_argument from the stdlib *)
  (try ignore (List.nth [1] 5) with Failure m | Invalid_argument m -> Printf.printf "nth: %s\n" m);
  (try ignore (String.sub "abc" 2 5) with Invalid_argument m -> Printf.printf "sub: %s\n" m);
  (try ignore ([| 1 |].(3)) with Invalid_argument m -> Printf.printf "index: %s\n" m);
  print_endline (Buffer.contents log)
