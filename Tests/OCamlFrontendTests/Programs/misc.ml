(* Opcodes the other programs leave out: float records, raise_notrace, character ranges
   (unsigned comparisons), mutually recursive closures reaching each other, empty arrays. *)
type r = { mutable x : float; y : float }
let r = { x = 1.5; y = 2.5 }
exception Quick
let quick n = try if n > 3 then raise_notrace Quick else n with Quick -> -1
let classify c = match c with 'a' .. 'f' -> 1 | 'x' .. 'z' -> 2 | _ -> 3
let in_range i = i >= 0 && i < 10
let rec a n = if n = 0 then 0 else b (n - 1) + 1
and b n = if n = 0 then 0 else c (n - 1) + 1
and c n = if n = 0 then 0 else a (n - 1) + 1
let make k = let rec p n = if n = 0 then k else q (n - 1) and q n = p n in p
let empty : int array = [||]
let () =
  r.x <- r.x +. r.y;
  Printf.printf "%g %d %d %d %d %b %d %d\n" r.x (quick 5) (quick 2) (classify 'y') (a 10)
    (in_range 12) (make 7 3) (Array.length empty)

(* Closures that return themselves or their siblings: OFFSETCLOSURE and its short forms. *)
let rec self () = Obj.repr self
let rec f1 () = Obj.repr f3 and f2 () = Obj.repr f1 and f3 () = Obj.repr f2
let is_hex c = match c with '0' .. '9' | 'a' .. 'f' -> true | _ -> false
let count (a : int array) (b : int array) = Array.length a + Array.length b
let () =
  ignore (self ());
  ignore (f1 ());
  Printf.printf "%b %b %d\n" (is_hex 'c') (is_hex 'z') (count [||] [||])
