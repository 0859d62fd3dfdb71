(* Lazy values: force once, lazy patterns, from_val, exceptions while forcing, re-forcing. *)
type stream = Cons of int * stream Lazy.t
let trace = Buffer.create 64
let note s = Buffer.add_string trace s; Buffer.add_char trace ' '

let () =
  let a = lazy (note "eval-a"; 6 * 7) in
  Printf.printf "is_val before %b\n" (Lazy.is_val a);
  Printf.printf "force %d %d\n" (Lazy.force a) (Lazy.force a);
  Printf.printf "is_val after %b\n" (Lazy.is_val a);
  let b = Lazy.from_val "ready" in
  Printf.printf "from_val %b %s\n" (Lazy.is_val b) (Lazy.force b);
  let c = Lazy.from_fun (fun () -> note "eval-c"; [1; 2; 3]) in
  Printf.printf "from_fun length %d\n" (List.length (Lazy.force c));
  (* forcing a lazy that raises: every force re-raises the same exception *)
  let count = ref 0 in
  let bad = lazy (incr count; note "eval-bad"; failwith "boom") in
  for _ = 1 to 3 do
    (try ignore (Lazy.force bad) with Failure m -> Printf.printf "raised %s (evaluated %d)\n" m !count)
  done;
  (* a lazy that forces itself: CamlinternalLazy.Undefined *)
  let rec self_ref = lazy (Lazy.force self_ref + 1) in
  (try ignore (Lazy.force self_ref) with Lazy.Undefined -> print_endline "Undefined");
  (* lazy patterns *)
  let f = function lazy 0 -> "zero" | lazy n when n < 0 -> "neg" | lazy n -> "pos " ^ string_of_int n in
  print_endline (String.concat ", " (List.map f [ lazy 0; lazy (-5); lazy (note "eval-pat"; 9) ]));
  let pair = lazy (note "eval-pair"; (1, "one")) in
  let (lazy (n, s)) = pair in
  Printf.printf "pair %d %s\n" n s;
  (* Lazy.map and lazy of lazy *)
  let m = Lazy.map (fun x -> note "map"; x * 2) a in
  Printf.printf "map %d\n" (Lazy.force m);
  let ll = lazy (lazy (note "inner"; "deep")) in
  print_endline (Lazy.force (Lazy.force ll));
  (* a lazy infinite stream built from lazies *)
  let rec from n = lazy (Cons (n, from (n + 1))) in
  let rec take k s acc = if k = 0 then List.rev acc else let (lazy (Cons (x, rest))) = s in take (k - 1) rest (x :: acc) in
  print_endline (String.concat " " (List.map string_of_int (take 8 (from 5) [])));
  (* lazy of a float and forced values shared *)
  let lf = lazy (note "float"; sqrt 2.0) in
  Printf.printf "%.6f %.6f\n" (Lazy.force lf) (Lazy.force lf *. 2.0);
  print_endline (Buffer.contents trace)
