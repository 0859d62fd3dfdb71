(* Set.Make with custom comparisons: union, inter, diff, subset, fold/iter order, filter,
   partition, split, find_opt, find_first, elements, min/max, of_list, to_seq, map,
   disjoint, cardinal *)
module IS = Set.Make (Int)
module Mod7 = Set.Make (struct type t = int let compare a b = compare (a mod 7, a) (b mod 7, b) end)
module Pairs = Set.Make (struct type t = int * string let compare (a, s) (b, t) = match compare s t with 0 -> compare a b | c -> c end)

let show s = IS.elements s |> List.map string_of_int |> String.concat " "

let () =
  let a = IS.of_list [ 1; 3; 5; 7; 9; 11; 13; 15 ] and b = IS.of_list (List.init 10 (fun i -> i * 2 + 1 + i mod 2)) in
  Printf.printf "a: %s\nb: %s\n" (show a) (show b);
  Printf.printf "union: %s\ninter: %s\ndiff a b: %s\ndiff b a: %s\n" (show (IS.union a b)) (show (IS.inter a b)) (show (IS.diff a b)) (show (IS.diff b a));
  Printf.printf "subset %b %b disjoint %b\n" (IS.subset (IS.inter a b) a) (IS.subset a b) (IS.disjoint a (IS.of_list [ 2; 4 ]));
  let lo, present, hi = IS.split 7 a in
  Printf.printf "split 7: %s | %b | %s\n" (show lo) present (show hi);
  let small, large = IS.partition (fun x -> x < 8) b in
  Printf.printf "partition: %s / %s\n" (show small) (show large);
  Printf.printf "filter: %s\n" (show (IS.filter (fun x -> x mod 3 = 0) (IS.union a b)));
  Printf.printf "fold: %d, min %d, max %d, cardinal %d\n" (IS.fold (fun x acc -> acc * 2 + x) a 0 land 0xFFFFFF) (IS.min_elt b) (IS.max_elt b) (IS.cardinal b);
  Printf.printf "find_opt 4 %s, find_first (>6) %d, find_last (<6) %d\n" (match IS.find_opt 4 b with Some x -> string_of_int x | None -> "none") (IS.find_first (fun x -> x > 6) b) (IS.find_last (fun x -> x < 6) b);
  Printf.printf "map: %s\n" (show (IS.map (fun x -> x / 3) a));
  Printf.printf "to_seq_from 10: %s\n" (IS.to_seq_from 10 a |> List.of_seq |> List.map string_of_int |> String.concat ",");
  Printf.printf "remove/add: %s\n" (show (IS.add 100 (IS.remove 5 (IS.remove 42 a))));
  Printf.printf "equal %b compare %d\n" (IS.equal a (IS.of_list (IS.elements a))) (IS.compare a b)

let () =
  let s = Mod7.of_list (List.init 30 (fun i -> i * 5)) in
  print_string "mod7 order:";
  Mod7.iter (fun x -> Printf.printf " %d" x) s;
  print_newline ();
  let p = Pairs.of_list [ (3, "c"); (1, "a"); (2, "b"); (0, "c"); (5, "a") ] in
  Pairs.iter (fun (n, s) -> Printf.printf "(%d,%s) " n s) p;
  print_newline ();
  Printf.printf "mem (0,c) %b mem (0,a) %b\n" (Pairs.mem (0, "c") p) (Pairs.mem (0, "a") p);
  (* a large set: sieve of Eratosthenes by removal *)
  let n = 5000 in
  let s = ref (IS.of_list (List.init (n - 1) (fun i -> i + 2))) in
  for p = 2 to 71 do
    if IS.mem p !s then (let k = ref (p * p) in while !k <= n do s := IS.remove !k !s; k := !k + p done)
  done;
  Printf.printf "primes below %d: %d, largest %d\n" n (IS.cardinal !s) (IS.max_elt !s)
