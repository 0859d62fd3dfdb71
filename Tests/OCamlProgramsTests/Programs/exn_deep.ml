(* exceptions crossing many frames: raised at the bottom of deep non-tail recursion, caught
   at various depths; handlers installed at every level; values computed on the way back *)
exception Bottom of int
exception At of int * string

let rec descend n = if n = 0 then raise (Bottom 0) else 1 + descend (n - 1)

let rec descend_catch_at k n =
  if n = 0 then raise (Bottom n)
  else if n = k then (try 1 + descend_catch_at k (n - 1) with Bottom d -> d + 1000 * n)
  else 1 + descend_catch_at k (n - 1)

(* every level has a handler for a different exception; only one matches *)
let rec layered n =
  if n = 0 then raise (At (0, "deep"))
  else
    try layered (n - 1) + 1
    with At (d, s) when d = n mod 7 -> raise (At (d + 1, s ^ "."))

let rec sum_until_raise acc = function
  | [] -> acc
  | x :: rest -> if x < 0 then raise (At (acc, "negative")) else sum_until_raise (acc + x) rest

let () =
  (try ignore (descend 10_000) with Bottom d -> Printf.printf "bottom %d\n" d);
  List.iter (fun k -> Printf.printf "caught at %d -> %d\n" k (descend_catch_at k 5000)) [1; 17; 2500; 5000];
  (try ignore (layered 300) with At (d, s) -> Printf.printf "layered %d %d\n" d (String.length s));
  let l = List.init 2000 (fun i -> if i = 1500 then -1 else i) in
  (try ignore (sum_until_raise 0 l) with At (acc, s) -> Printf.printf "%s after %d\n" s acc)

(* mutual recursion with handlers in between *)
let rec ping n = if n = 0 then raise Not_found else try pong (n - 1) with Exit -> -1
and pong n = if n = 0 then raise Exit else 1 + ping (n - 1)

let () =
  List.iter (fun n ->
      let r = try string_of_int (ping n) with Not_found -> "not_found" | Exit -> "exit" in
      Printf.printf "ping %d = %s\n" n r)
    [0; 1; 2; 3; 10; 11; 999; 1000]

(* an exception carrying a closure that captured the frame's values *)
exception Later of (unit -> int)
let rec build n acc = if n = 0 then raise (Later (fun () -> List.fold_left ( + ) 0 acc)) else build (n - 1) (n :: acc)
let () = try build 1000 [] with Later f -> Printf.printf "later %d\n" (f ())
