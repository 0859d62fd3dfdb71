(* Partial application, under- and over-application of curried functions. *)
let f1 a = a * 3
let f2 a b = a * 10 + b
let f3 a b c = a * 100 + b * 10 + c
let f4 a b c d = a - b + c - d
let f5 a b c d e = a + b * c - d * e
let f7 a b c d e f g = a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g
let f9 a b c d e f g h i = a * b + c * d + e * f + g * h + i

let returns_fun n = if n > 0 then (fun x y -> x + y + n) else (fun x y -> x * y * n)

let () =
  let p1 = f3 1 in
  let p2 = p1 2 in
  Printf.printf "f3: %d %d %d\n" (p2 3) (p1 4 5) (f3 6 7 8);
  let q = f7 1 2 3 in
  let q' = q 4 in
  Printf.printf "f7: %d %d %d\n" (q' 5 6 7) (q 1 1 1 1) (f7 7 6 5 4 3 2 1);
  let r = f9 1 2 3 4 5 in
  Printf.printf "f9: %d %d\n" (r 6 7 8 9) (f9 9 8 7 6 5 4 3 2 1);
  (* over-application: a function returning a function *)
  let g = fun a -> (fun b c -> f3 a b c) in
  Printf.printf "over: %d\n" (g 1 2 3);
  Printf.printf "returns_fun: %d %d\n" (returns_fun 5 1 2) (returns_fun (-2) 3 4);
  (* apply through a list of partially applied closures of different arities *)
  let fs = [ f1; f2 4; f3 1 2; f4 9 1 2; f5 1 2 3 4 ] in
  List.iteri (fun i f -> Printf.printf "fs[%d] 7 = %d\n" i (f 7)) fs;
  (* partial application stored in a record/array, applied later many times *)
  let arr = Array.init 5 (fun i -> f2 i) in
  Printf.printf "arr: %s\n" (String.concat " " (Array.to_list (Array.map (fun f -> string_of_int (f 9)) arr)));
  (* deeply nested over-application: (fun a -> fun b -> fun c -> ...) with arity 1 chain *)
  let chain = fun a -> fun b -> fun c -> fun d -> a + b + c + d in
  let c1 = chain 1 in
  Printf.printf "chain: %d %d\n" (c1 2 3 4) (chain 10 20 30 40);
  (* higher-order with partial application *)
  let apply2 f x y = f x y in
  Printf.printf "apply2: %d %d\n" (apply2 f2 3 4) (apply2 (f3 9) 8 7);
  let compose f g x = f (g x) in
  let h = compose (f2 1) (f4 10 2 3) in
  Printf.printf "compose: %d\n" (h 1);
  let fold = List.fold_left (f4 0 1) 100 [1; 2; 3] in
  Printf.printf "fold: %d\n" fold;
  let sums = List.map2 f2 [1; 2; 3] [4; 5; 6] in
  List.iter (Printf.printf "%d ") sums; print_newline ();
  (* partial application of a partial application, many levels *)
  let p = f9 1 in let p = p 2 in let p = p 3 in let p = p 4 in
  let p = p 5 in let p = p 6 in let p = p 7 in let p = p 8 in
  Printf.printf "levels: %d\n" (p 9)
