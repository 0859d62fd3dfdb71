(* float arrays: Array.make / Array.init with floats (flat float arrays), set/get, sub,
   blit, append, concat, sort, map to and from ints, Array.of_list of floats, float arrays
   in records and tuples, Float.Array (make, init, map, fold, blit, sub, to_list...),
   polymorphic code on float arrays, and structural equality/compare on them *)
let show a = String.concat " " (Array.to_list (Array.map (Printf.sprintf "%g") a))

let () =
  let a = Array.make 5 1.5 in
  a.(2) <- 3.25; a.(4) <- -0.0;
  Printf.printf "make: %s (length %d)\n" (show a) (Array.length a);
  let b = Array.init 8 (fun i -> float_of_int i /. 4.0) in
  Printf.printf "init: %s\n" (show b);
  Printf.printf "sub: %s\n" (show (Array.sub b 2 3));
  Array.blit a 0 b 3 5; Printf.printf "blit: %s\n" (show b);
  Printf.printf "append: %s\n" (show (Array.append a [| 9.0 |]));
  Printf.printf "concat: %s\n" (show (Array.concat [ a; [||]; [| 7.5; 8.5 |] ]));
  let c = Array.of_list [ 3.5; -1.0; 2.25; 0.0; 10.0; -7.5 ] in
  Array.sort compare c; Printf.printf "sorted: %s\n" (show c);
  Printf.printf "map to int: %s\n" (String.concat "," (Array.to_list (Array.map (fun f -> string_of_int (int_of_float f)) c)));
  Printf.printf "fold: %g %g\n" (Array.fold_left ( +. ) 0.0 c) (Array.fold_left max neg_infinity c);
  Printf.printf "equal %b compare %d %d\n" (a = Array.copy a) (compare [| 1.0; 2.0 |] [| 1.0; 3.0 |]) (compare [| nan |] [| nan |]);
  Printf.printf "mem %b %b\n" (Array.mem 3.25 a) (Array.mem nan [| nan |]);
  let nested = [| [| 1.0; 2.0 |]; [| 3.0 |] |] in
  Printf.printf "nested %g\n" (nested.(0).(1) +. nested.(1).(0))

(* polymorphic functions see float arrays like any other *)
let swap (a : 'a array) i j = let t = a.(i) in a.(i) <- a.(j); a.(j) <- t
let rev_in_place a = for i = 0 to Array.length a / 2 - 1 do swap a i (Array.length a - 1 - i) done
let () =
  let f = Array.init 7 (fun i -> float_of_int (i * i)) and n = Array.init 7 Fun.id in
  rev_in_place f; rev_in_place n;
  Printf.printf "rev floats: %s\nrev ints: %s\n" (show f) (String.concat " " (Array.to_list (Array.map string_of_int n)))

type particle = { mutable pos : float array; mass : float }
let () =
  let ps = Array.init 4 (fun i -> { pos = [| float_of_int i; 0.5 |]; mass = 1.0 +. float_of_int i }) in
  for _ = 1 to 100 do Array.iter (fun p -> p.pos.(1) <- p.pos.(1) *. 0.99 +. p.mass *. 0.01; p.pos <- Array.map (fun x -> x +. 0.001) p.pos) ps done;
  Array.iter (fun p -> Printf.printf "particle %.4f %.4f\n" p.pos.(0) p.pos.(1)) ps

let () =
  let fa = Float.Array.init 6 (fun i -> float_of_int i *. 1.5) in
  Printf.printf "Float.Array length %d get 3 %g\n" (Float.Array.length fa) (Float.Array.get fa 3);
  let m = Float.Array.map (fun x -> x *. x) fa in
  Printf.printf "map %s\n" (String.concat " " (List.map (Printf.sprintf "%g") (Float.Array.to_list m)));
  Printf.printf "fold %g sub %s\n" (Float.Array.fold_left ( +. ) 0.0 m) (String.concat " " (List.map string_of_float (Float.Array.to_list (Float.Array.sub fa 1 3))));
  let d = Float.Array.make 6 0.0 in
  Float.Array.blit fa 0 d 2 4;
  Printf.printf "blit %s\n" (String.concat " " (List.map string_of_float (Float.Array.to_list d)));
  Printf.printf "mem %b for_all %b of_array %g\n" (Float.Array.mem 4.5 fa) (Float.Array.for_all (fun x -> x >= 0.0) fa) (Float.Array.get (Float.Array.of_list [ 2.5 ]) 0);
  let arr = Array.of_list (Float.Array.to_list fa) in
  Printf.printf "to_array %s\n" (show arr);
  let s = Float.Array.copy fa in
  Float.Array.sort (fun x y -> compare y x) s;
  Printf.printf "sort desc %s\n" (String.concat " " (List.map string_of_float (Float.Array.to_list s)))
