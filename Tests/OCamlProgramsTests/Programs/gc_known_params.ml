(* Interprocedural integer evidence (Docs/abi.md, "Values that need no root"): a known
   function's parameter needs no root only when every call site passes an integer, and a
   call's result only when every result of the callee is one. Each function below is also
   called with integers somewhere; one other caller (or an escape of its closure) brings a
   fresh string, which must stay rooted while the churn fills the heap with blocks of its
   size (List.init ... Bytes.make below): a freed string would be overwritten and print
   garbage. *)

(* The garbage is written out in every function rather than called: a function that names
   another function of this module captures it, and only functions that capture nothing
   have the static closures whose calls Kiln can all see. *)
let fresh c = String.make 21 c

(* Polymorphic: ints from one call site, a fresh string from another. x lives across the
   recursive call and the churn; so does the result r. *)
let rec keep x n = if n = 0 then x else begin let r = keep x (n - 1) in ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); r end

(* Only passed along, as takc's z: proven when all callers pass integers, not here. *)
let rec pass_along x y n = if n = 0 then y else pass_along (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q')) + n) y (n - 1)

(* Called directly with integers only, but its closure escapes into [apply] (and a
   partial application), which passes strings: the parameters must stay unknown. *)
let rec hold x k = if k = 0 then x else begin let y = hold x (k - 1) in ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); y end

let apply f x = f x 2

(* A GADT: the int branch says nothing about the string a caller passes. *)
type _ ty = Int : int ty | Str : string ty

let rec measure : type a. a ty -> a -> int -> int = fun w x n ->
  if n > 0 then begin let m = measure w x (n - 1) in ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); m + 1 end
  else match w with Int -> x | Str -> String.length x + Char.code x.[20]

(* Mutual recursion: the string travels through both functions of one group. *)
let rec even n s = if n = 0 then s else begin ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); odd (n - 1) s end
and odd n s = if n = 0 then s ^ "?" else let r = even (n - 1) s in ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); r

(* A known function applied in a loop (its closure lives in the loop's stack word). *)
let rec last_of n s = if n = 0 then s else begin ignore (List.length (List.init 2500 (fun _ -> Bytes.make 21 'q'))); last_of (n - 1) s end

let () =
  let total = ref 0 in
  for i = 1 to 6 do
    let c = Char.chr (97 + i) in
    total := !total + keep i 2 + pass_along 0 i 2 + hold i 1 + measure Int i 2;
    print_string (keep (fresh c) 2);
    print_string (pass_along 0 (fresh (Char.uppercase_ascii c)) 2);
    print_string (apply hold (fresh 'h'));
    let partial = hold (fresh 'p') in
    print_string (partial 1);
    total := !total + measure Str (fresh c) 2;
    print_string (even 3 (fresh 'e'));
    print_string (last_of 2 (fresh 'l'));
    print_newline ()
  done;
  Printf.printf "%d\n" !total
