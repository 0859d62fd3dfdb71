(* Polymorphic compare, equality and hashing over structured values (tuples, lists, variants, records, floats, strings). *)
type t = A | B of int | C of string * t | D of { x : float; y : t list }

let values = [ A; B 3; B (-1); C ("x", A); C ("w", B 2); D { x = 1.5; y = [A] }; D { x = 1.5; y = [] }; A; B 3 ]

let sign n = if n < 0 then "<" else if n > 0 then ">" else "="

let () =
  let sorted = List.sort compare values in
  let show = function A -> "A" | B n -> "B" ^ string_of_int n | C (s, _) -> "C" ^ s | D { y; _ } -> "D" ^ string_of_int (List.length y) in
  print_endline (String.concat " " (List.map show sorted));
  print_endline (String.concat " " (List.map show (List.sort_uniq compare values)));
  List.iter (fun (a, b) -> print_string (sign (compare a b))) [ (A, B 0); (B 5, B 3); (C ("a", A), C ("a", A)); (B 1, A) ];
  print_newline ();
  Printf.printf "tuples %s %s %s\n" (sign (compare (1, "b") (1, "a"))) (sign (compare (0, "z") (1, "a"))) (sign (compare (2, 2) (2, 2)));
  Printf.printf "lists %s %s %s\n" (sign (compare [1; 2] [1; 2; 3])) (sign (compare [3] [1; 9])) (sign (compare [] [0]));
  Printf.printf "strings %s %s %s\n" (sign (compare "abc" "abd")) (sign (compare "ab" "abc")) (sign (compare "b" "abc"));
  Printf.printf "floats %s %s nan=nan %b nan<>nan %b compare nan nan %d\n" (sign (compare 1.0 2.0)) (sign (compare (-0.0) 0.0))
    (nan = nan) (nan <> nan) (compare nan nan);
  Printf.printf "compare nan 1.0 = %d, min %g max %g\n" (compare nan 1.0) (min 1.0 2.0) (max (-1.0) (-2.0));
  Printf.printf "options %s %s arrays %s %s\n" (sign (compare None (Some 0))) (sign (compare (Some 2) (Some 1)))
    (sign (compare [| 1; 2 |] [| 1; 3 |])) (sign (compare [| 5 |] [| 1; 1 |]));
  Printf.printf "equal structural %b physical %b\n" (B 3 = B 3) ([1] == [1]);
  Printf.printf "hashes %d %d %d %d %d\n" (Hashtbl.hash A) (Hashtbl.hash (B 3)) (Hashtbl.hash "hello") (Hashtbl.hash (1, "a", [2.5]))
    (Hashtbl.hash (C ("x", A)));
  Printf.printf "hash equal for equal values %b\n" (Hashtbl.hash (D { x = 1.5; y = [A] }) = Hashtbl.hash (D { x = 1.5; y = [A] }));
  Printf.printf "hash_param %d %d seeded %d\n" (Hashtbl.hash_param 2 10 [1; 2; 3; 4]) (Hashtbl.hash_param 10 100 [1; 2; 3; 4])
    (Hashtbl.seeded_hash 42 "seed");
  (try ignore (compare (fun x -> x) (fun x -> x)) with Invalid_argument m -> Printf.printf "functional: %s\n" m);
  let cyc1 = let rec l = 1 :: l in l in
  Printf.printf "cyclic physical %b\n" (cyc1 == List.tl cyc1);
  Printf.printf "max list %s\n" (String.concat "," (List.map show [ max A (B 0); min (C ("a", A)) (B 99) ]))
