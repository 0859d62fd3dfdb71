(* Integers and pointers live across allocating calls while the collector runs often:
   native code keeps integers out of its root frame (Docs/abi.md, "Values that need no
   root"), so every pointer beside them must still be rooted. Also closures applied fresh
   (only the callee holds its env) that read env after allocating, and loops whose
   counters live across calls and exception handlers. *)

let garbage n = List.init n (fun i -> string_of_int i)

(* An int, a list and a string live across allocation. *)
let rec build i acc label =
  if i = 0 then (acc, label)
  else begin
    let junk = garbage 50 in
    let cell = (i, String.make 3 'x') in
    build (i - 1) (cell :: acc) (label ^ string_of_int (List.length junk mod 7))
  end

(* A fresh closure applied at once: its env is rooted by nobody but the callee, which
   reads it after allocating. *)
let make_reader tag items =
  let count = List.length items in
  fun k ->
    let _ = garbage 100 in
    let total = ref (k - count) in
    List.iter (fun (n, s) -> total := !total + n + String.length s) items;
    (tag, !total + count)

(* Non-tail recursion: the int argument and the partial result live across the call. *)
let rec sum_tree depth =
  if depth = 0 then 1
  else begin
    let left = sum_tree (depth - 1) in
    let boxed = Array.make 20 depth in
    let right = sum_tree (depth - 1) in
    left + right + boxed.(depth mod 20)
  end

(* A counter, an accumulator list and a handler: ints live across calls that raise. *)
let checked_parse items =
  let good = ref [] and bad = ref 0 in
  for i = 0 to Array.length items - 1 do
    match int_of_string items.(i) with
    | n -> good := (n * i, garbage 3) :: !good
    | exception Failure _ -> incr bad
  done;
  (List.length !good, !bad, List.fold_left (fun a (n, l) -> a + n + List.length l) 0 !good)

(* Mutual recursion through a record of mixed fields. *)
type acc = { count : int; words : string list }

let rec even n a = if n = 0 then a else odd (n - 1) { count = a.count + 1; words = string_of_int n :: a.words }
and odd n a = if n = 0 then a else even (n - 1) { a with count = a.count + 2 }

let () =
  let (cells, label) = build 400 [] "" in
  Printf.printf "build: %d cells, label %d chars, sum %d\n" (List.length cells) (String.length label)
    (List.fold_left (fun a (n, s) -> a + n + String.length s) 0 cells);
  let results = List.init 30 (fun i -> (make_reader ("r" ^ string_of_int i) cells) i) in
  List.iter (fun (tag, total) -> if String.length tag = 3 then Printf.printf "%s %d\n" tag total) results;
  Printf.printf "sum_tree 12 = %d\n" (sum_tree 12);
  let items = Array.init 120 (fun i -> if i mod 7 = 0 then "x" ^ string_of_int i else string_of_int (i * 3)) in
  let (good, bad, total) = checked_parse items in
  Printf.printf "parse: %d good, %d bad, total %d\n" good bad total;
  let r = even 3001 { count = 0; words = [] } in
  Printf.printf "even/odd: count %d, %d words, first %s\n" r.count (List.length r.words) (List.hd r.words);
  Gc.full_major ();
  Printf.printf "after full_major: %d %s\n" (List.length cells) (snd (List.nth cells 17))
