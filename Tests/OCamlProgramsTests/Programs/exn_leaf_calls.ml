(* Functions that call nothing, called directly: those that cannot raise return any value,
   among them a field that is a pointer, a constant constructor and a negative integer (no
   test follows their calls); those that can (raise, Division_by_zero, a bounds check,
   assert) still pass their exceptions to the caller's handler or out of a loop. *)
type t = Empty | Node of { l : t; v : string; h : int }

let height = function Empty -> 0 | Node { h; _ } -> h
let left = function Empty -> Empty | Node { l; _ } -> l
let value = function Empty -> "" | Node { v; _ } -> v
let negate x = -x
let check x = if x < 0 then raise Exit else x
let half x = 100 / x
let get a i = a.(i)
let positive x = assert (x > 0); x

let rec build n = if n = 0 then Empty else Node { l = build (n - 1); v = string_of_int n; h = n }

let rec walk t acc = match t with
  | Empty -> acc
  | Node _ -> walk (left t) (acc + height t + negate (height t) + String.length (value t) + height (left t))

let () =
  let t = build 6 in
  Printf.printf "walk %d, value %s, left empty %b\n" (walk t 0) (value (left (left t))) (left Empty = Empty);
  let attempts = [ (fun () -> check 3); (fun () -> check (-3)); (fun () -> half 4); (fun () -> half 0);
                   (fun () -> get [| 1; 2 |] 1); (fun () -> get [| 1; 2 |] 2); (fun () -> positive 1); (fun () -> positive 0) ] in
  List.iteri (fun i f ->
    match f () with
    | v -> Printf.printf "%d: %d\n" i v
    | exception Exit -> Printf.printf "%d: Exit\n" i
    | exception Division_by_zero -> Printf.printf "%d: Division_by_zero\n" i
    | exception Invalid_argument m -> Printf.printf "%d: Invalid_argument %s\n" i m
    | exception Assert_failure _ -> Printf.printf "%d: Assert_failure\n" i) attempts;
  let rec loop n acc = if n < -2 then acc else loop (n - 1) (acc + try check n with Exit -> 1000) in
  Printf.printf "loop %d\n" (loop 3 0);
  let rec sum n = if n = 0 then 0 else half n + sum (n - 1) in
  (try Printf.printf "sum %d\n" (sum 5) with Division_by_zero -> print_endline "no");
  let rec down n = if n < 0 then 0 else half n + down (n - 1) in
  (try ignore (down 3) with Division_by_zero -> print_endline "down: Division_by_zero")
