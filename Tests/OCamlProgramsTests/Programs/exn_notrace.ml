(* raise_notrace, local exceptions (let exception), exceptions defined inside functors and
   functions (each instance distinct), and match ... with exception *)
exception Found of int

let find_first p a =
  try
    Array.iteri (fun i x -> if p x then raise_notrace (Found i)) a;
    -1
  with Found i -> i

let () =
  let a = Array.init 1000 (fun i -> (i * 37) mod 1001) in
  Printf.printf "%d %d %d\n" (find_first (fun x -> x > 990) a) (find_first (fun x -> x = 0) a) (find_first (fun x -> x < 0) a)

let count_until limit =
  let exception Done of int in
  let n = ref 0 in
  try
    while true do
      incr n;
      if !n * !n > limit then raise_notrace (Done !n)
    done;
    assert false
  with Done k -> k

let () = List.iter (fun l -> Printf.printf "isqrt+1 %d = %d\n" l (count_until l)) [0; 1; 99; 100; 10_000; 123_456]

(* each call creates a new exception: a handler for one does not catch another *)
let make () =
  let exception E in
  ((fun () -> raise E), (fun f -> try f (); "none" with E -> "mine"))

let () =
  let r1, c1 = make () and r2, _ = make () in
  Printf.printf "%s\n" (c1 r1);
  Printf.printf "%s\n" (try c1 r2 with _ -> "foreign")

module type S = sig exception X of string val fail : string -> 'a end
module Mk () : S = struct exception X of string let fail s = raise (X s) end
module M1 = Mk ()
module M2 = Mk ()

let () =
  (try M1.fail "one" with M1.X s -> Printf.printf "M1 %s\n" s);
  (try (try M2.fail "two" with M1.X _ -> print_endline "wrong") with M2.X s -> Printf.printf "M2 %s\n" s)

let () =
  let total = ref 0 in
  for i = 1 to 10_000 do
    match if i mod 3 = 0 then raise_notrace (Found i) else i with
    | v -> total := !total + v
    | exception Found v -> total := !total - v
  done;
  Printf.printf "total %d\n" !total
