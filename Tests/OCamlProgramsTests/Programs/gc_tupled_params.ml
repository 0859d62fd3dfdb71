(* Tupled parameters (Docs/ocaml-frontend.md, TupledParameters.swift): a known function
   whose first parameter is only read field by field, and to which every call passes a
   tuple built for that call alone (or a constant one), takes the fields as parameters and
   the calls build no block. The fields that are pointers must then be rooted by the callee
   itself: the churn (List.init ... Bytes.make) fills the heap with blocks of the strings'
   size, so a string left unrooted is overwritten and prints garbage. Each negative case
   below must keep its block, and prints something else if it does not. The churn is
   written out in each function: a function naming another of its module captures it, and
   only functions that capture nothing can be known. *)

(* Unboxed: fresh tuples at every call, string fields live across the churn and the
   recursive call. *)
let rec weave (s, t, n) =
  if n = 0 then s ^ "|" ^ t
  else begin
    ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q')));
    let r = weave (t ^ "", s ^ "", n - 1) in
    ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q')));
    r ^ s
  end

(* Unboxed: integers only (as taku), called with a constant tuple too. *)
let rec tak (x, y, z) = if y >= x then z else tak (tak (x - 1, y, z), tak (y - 1, z, x), tak (z - 1, x, y))

(* Unboxed, curried: the tuple is the first of two parameters. *)
let rec span (lo, hi) step = if lo >= hi then [] else lo :: span (lo + step, hi) step

(* Not unboxed: one call passes a tuple that is also kept in a list. *)
let saved = ref []
let rec count_down (label, n) =
  if n = 0 then label
  else begin ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); count_down (label ^ ".", n - 1) end

(* Not unboxed: the parameter is also used whole (returned, kept in a list). *)
let rec keep_whole ((s, n) as t) acc =
  if n = 0 then t :: acc
  else begin ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); keep_whole (s ^ "!", n - 1) (t :: acc) end

(* Not unboxed: the closure escapes into [apply], which passes the block generically. *)
let add3 (a, b, c) = a + 2 * b + 3 * c
let apply f x = f x

(* Not unboxed: a record with a mutable field, which one call also passes as [other], an
   alias that is mutated between the call and the read. *)
type cell = { mutable v : int; name : string }
let read_late c other = other.v <- other.v + 10; let v = c.v in let name = c.name in v + String.length name

(* Not unboxed: the fields are read only after the churn; held in registers they would
   not be rooted. *)
let late p = ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); fst p ^ snd p

(* Not a candidate: a float record (MAKEFLOATBLOCK). *)
type vec = { x : float; y : float }
let dot { x; y } = x *. x +. y *. y

let () =
  for i = 1 to 4 do
    let c = Char.chr (96 + i) in
    print_endline (weave (String.make 21 c, String.make 21 (Char.uppercase_ascii c), 3));
    Printf.printf "%d %d\n" (tak (18, 12, 6)) (tak (3 * i, 2 * i, i));
    List.iter (fun k -> print_int k; print_char ' ') (span (i, 20) (i + 1));
    print_newline ();
    let t = (String.make 21 c, 2) in
    saved := t :: !saved;
    print_endline (count_down t);
    print_endline (count_down (String.make 21 'z', i));
    List.iter (fun (s, n) -> Printf.printf "%s/%d " s n) (keep_whole (String.make 21 c, 2) []);
    print_newline ();
    Printf.printf "%d %d\n" (add3 (i, 2, 3)) (apply add3 (4, 5, i));
    let shared = { v = i; name = "alias" } in
    Printf.printf "%d %d %d\n" (read_late { v = 100 * i; name = "fresh" } shared) (read_late shared shared) shared.v;
    print_endline (late (String.make 21 c, String.make 21 'w'));
    Printf.printf "%.1f\n" (dot { x = float_of_int i; y = 0.5 })
  done;
  List.iter (fun (s, n) -> Printf.printf "%s %d\n" s n) !saved
