(* self tail calls a million deep: accumulators of every kind (int, float, list, tuple),
   tail calls in both branches of an if and in match arms, loops written as recursion *)
let rec count n acc = if n = 0 then acc else count (n - 1) (acc + 1)

let rec sum_float n acc = if n = 0 then acc else sum_float (n - 1) (acc +. 0.5)

let rec collatz_steps n steps = if n = 1 then steps else if n land 1 = 0 then collatz_steps (n / 2) (steps + 1) else collatz_steps (3 * n + 1) (steps + 1)

let rec longest_collatz i limit best best_n =
  if i > limit then (best, best_n)
  else
    let s = collatz_steps i 0 in
    if s > best then longest_collatz (i + 1) limit s i else longest_collatz (i + 1) limit best best_n

let rec fib_iter n a b = match n with 0 -> a | _ -> fib_iter (n - 1) b ((a + b) land 0xFFFFFF)

let rec drop_build n acc = if n = 0 then acc else drop_build (n - 1) (if n mod 1000 = 0 then n :: acc else acc)

let rec pair_walk n (a, b) = if n = 0 then a - b else pair_walk (n - 1) (b + 1, a)

(* a tail call from inside a try is not a tail call; from after it, it is *)
let rec robust n acc =
  if n = 0 then acc
  else
    let v = try if n mod 100_000 = 0 then raise Exit else 1 with Exit -> 1000 in
    robust (n - 1) (acc + v)

let () =
  Printf.printf "count %d\n" (count 1_000_000 0);
  Printf.printf "sum_float %.1f\n" (sum_float 1_000_000 0.0);
  let best, n = longest_collatz 1 3000 0 0 in
  Printf.printf "collatz best %d at %d\n" best n;
  Printf.printf "fib_iter %d\n" (fib_iter 1_000_000 0 1);
  Printf.printf "drop_build %d\n" (List.length (drop_build 1_000_000 []));
  Printf.printf "pair_walk %d\n" (pair_walk 1_000_001 (0, 0));
  Printf.printf "robust %d\n" (robust 1_000_000 0)
