(* raise and try inside loops: every iteration installs a handler, some raise, some do not;
   handlers that return values, handlers that re-enter loops, break out of loops with Exit. *)
exception Skip of int
exception Stop of string * int

let classify i =
  if i mod 15 = 0 then raise (Stop ("fizzbuzz", i))
  else if i mod 5 = 0 then raise (Skip i)
  else if i mod 3 = 0 then raise Not_found
  else i

let () =
  let sum = ref 0 and skips = ref 0 and nf = ref 0 and stops = ref [] in
  for i = 1 to 3000 do
    match classify i with
    | v -> sum := !sum + v
    | exception Skip k -> skips := !skips + k
    | exception Not_found -> incr nf
    | exception Stop (s, k) -> if k < 100 then stops := (s ^ string_of_int k) :: !stops
  done;
  Printf.printf "sum=%d skips=%d notfound=%d\n" !sum !skips !nf;
  List.iter print_endline (List.rev !stops)

(* Exit breaks out of nested loops *)
let find_pair target =
  let result = ref None in
  (try
     for a = 1 to 200 do
       for b = a to 200 do
         if a * a + b * b = target then begin result := Some (a, b); raise Exit end
       done
     done
   with Exit -> ());
  !result

let () =
  List.iter (fun t ->
      match find_pair t with
      | Some (a, b) -> Printf.printf "%d = %d^2 + %d^2\n" t a b
      | None -> Printf.printf "%d: none\n" t)
    [25; 50; 65; 99; 1000; 7; 39601]

(* a while loop whose body raises most of the time, counting handlers run *)
let () =
  let i = ref 0 and caught = ref 0 in
  while !i < 100_000 do
    (try
       incr i;
       if !i land 3 <> 0 then failwith "odd quarter"
     with Failure _ -> incr caught);
  done;
  Printf.printf "iterations %d caught %d\n" !i !caught

(* a handler that itself loops and raises into an outer handler *)
let () =
  let outer = ref 0 in
  for round = 1 to 50 do
    try
      try raise (Skip round)
      with Skip k ->
        for j = 1 to k do if j = 7 then raise (Stop ("inner", k * j)) done;
        outer := !outer + k
    with Stop (_, v) -> outer := !outer - v
  done;
  Printf.printf "outer %d\n" !outer
