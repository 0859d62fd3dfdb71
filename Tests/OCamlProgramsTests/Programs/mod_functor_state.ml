(* Functors producing modules with state, memoisation, and functor arguments that are functors' results. *)
module type HASHABLE = sig type t val equal : t -> t -> bool val hash : t -> int end

module Memo (H : HASHABLE) = struct
  module T = Hashtbl.Make (H)
  let hits = ref 0 and misses = ref 0
  let memo f =
    let table = T.create 16 in
    let rec g x = match T.find_opt table x with
      | Some v -> incr hits; v
      | None -> incr misses; let v = f g x in T.replace table x v; v in
    g
end

module IntMemo = Memo (struct type t = int let equal = ( = ) let hash = Hashtbl.hash end)
module PairMemo = Memo (struct type t = int * int let equal = ( = ) let hash = Hashtbl.hash end)

let fib = IntMemo.memo (fun self n -> if n < 2 then n else self (n - 1) + self (n - 2))
let binom = PairMemo.memo (fun self (n, k) -> if k = 0 || k = n then 1 else self (n - 1, k - 1) + self (n - 1, k))

module type MONOID = sig type t val empty : t val combine : t -> t -> t end
module Fold (M : MONOID) = struct let concat l = List.fold_left M.combine M.empty l end
module Pair (A : MONOID) (B : MONOID) = struct
  type t = A.t * B.t
  let empty = (A.empty, B.empty)
  let combine (a1, b1) (a2, b2) = (A.combine a1 a2, B.combine b1 b2)
end
module Sum = struct type t = int let empty = 0 let combine = ( + ) end
module Max = struct type t = int let empty = min_int let combine = max end
module Cat = struct type t = string let empty = "" let combine = ( ^ ) end
module Stats = Fold (Pair (Pair (Sum) (Max)) (Cat))

let () =
  Printf.printf "fib 40 = %d (hits %d misses %d)\n" (fib 40) !IntMemo.hits !IntMemo.misses;
  Printf.printf "fib 43 = %d (hits %d misses %d)\n" (fib 43) !IntMemo.hits !IntMemo.misses;
  Printf.printf "binom 20 10 = %d, 30 15 = %d (misses %d)\n" (binom (20, 10)) (binom (30, 15)) !PairMemo.misses;
  let ((sum, mx), s) = Stats.concat [ ((3, 3), "a"); ((9, 9), "b"); ((-2, -2), "c") ] in
  Printf.printf "sum %d max %d cat %s\n" sum mx s;
  let module F2 = Fold (Pair (Cat) (Cat)) in
  let (x, y) = F2.concat [ ("a", "z"); ("b", "y") ] in
  Printf.printf "%s %s\n" x y
