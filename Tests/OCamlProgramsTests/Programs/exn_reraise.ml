(* re-raising: `with e -> ...; raise e`, handlers that transform exceptions, re-raise after
   cleanup, exceptions as first-class values stored and raised later, physical identity *)
exception A of int
exception B of string

let log = Buffer.create 256
let note s = Buffer.add_string log s; Buffer.add_char log ' '

let cleanup f = try f () with e -> note "cleanup"; raise e

let transform f = try f () with A n -> raise (B (string_of_int (n * 2))) | Not_found -> raise (A (-1))

let () =
  (try cleanup (fun () -> raise (A 1)) with A n -> note ("A" ^ string_of_int n));
  (try transform (fun () -> raise (A 21)) with B s -> note ("B" ^ s));
  (try transform (fun () -> raise Not_found) with A n -> note ("A" ^ string_of_int n));
  (try transform (fun () -> raise (B "keep")) with B s -> note ("B" ^ s));
  (try cleanup (fun () -> transform (fun () -> cleanup (fun () -> raise (A 5))))
   with B s -> note ("BB" ^ s));
  print_endline (Buffer.contents log)

(* the same exception value raised many times keeps its identity *)
let () =
  let e = A 42 in
  let same = ref 0 in
  for _ = 1 to 100 do
    try raise e with e' -> if e' == e then incr same
  done;
  Printf.printf "identical %d\n" !same

(* a list of exceptions, raised one after another *)
let () =
  let es = [A 1; B "two"; Not_found; Exit; Failure "five"; Invalid_argument "six"; End_of_file; Division_by_zero] in
  List.iteri (fun i e ->
      let s = try raise e with
        | A n -> "A " ^ string_of_int n
        | B s -> "B " ^ s
        | Failure m -> "Failure " ^ m
        | Invalid_argument m -> "Invalid_argument " ^ m
        | e -> Printexc.to_string e in
      Printf.printf "%d: %s\n" i s) es

(* re-raise through several levels, counting the levels that saw it *)
let rec levels n = if n = 0 then raise (A 0) else try levels (n - 1) with A k -> raise (A (k + 1))
let () = try levels 500 with A k -> Printf.printf "levels %d\n" k

(* raise inside a handler of the same exception type *)
let () =
  let r = try (try raise (A 1) with A n -> raise (A (n + 1))) with A n -> n * 10 in
  Printf.printf "nested %d\n" r;
  let r = try (try raise (A 1) with B _ -> 0) with A n -> n + 100 in
  Printf.printf "passed through %d\n" r
