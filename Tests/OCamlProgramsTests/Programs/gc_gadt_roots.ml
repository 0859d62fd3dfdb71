(* A value that a GADT match uses as an int in one branch and as a string in another: the
   string must stay rooted across the allocations of its own branch (Docs/abi.md, "Values
   that need no root"). The caller keeps no reference to the fresh strings, and the churn
   fills the heap with blocks of the string's size, so a freed string is overwritten. *)
type _ ty = Int : int ty | Str : string ty

let churn () =
  let junk = ref [] in
  for i = 1 to 20000 do
    junk := Bytes.make 24 'q' :: (if i mod 50 = 0 then [] else !junk)
  done;
  List.length !junk

let f : type a. a ty -> a -> int = fun w x ->
  match w with
  | Int -> x + 1
  | Str -> let n = churn () in n + String.length x + Char.code x.[5]

(* The same inside a loop of the int branch: the loop's counter is proven, x is not. *)
let g : type a. a ty -> a -> int = fun w x ->
  match w with
  | Int -> let s = ref 0 in for i = 1 to x do s := !s + i done; !s
  | Str -> let n = churn () in n + Char.code x.[0]

let () =
  let total = ref 0 in
  for i = 1 to 20 do
    total := !total + f Str (String.make (20 + i) (Char.chr (97 + i))) + f Int i;
    total := !total + g Str (String.make 30 (Char.chr (65 + i))) + g Int i
  done;
  Printf.printf "%d\n" !total
