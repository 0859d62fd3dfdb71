(* Polymorphic compare, min, max, = and == on mixed structures: tuples, lists, variants, records, arrays, strings, floats. *)
type v = A | B of int | C of string * float | D of v list
type r = { name : string; age : int; score : float }

let sign n = if n < 0 then "<" else if n > 0 then ">" else "="

let () =
  let vs = [A; B 1; B (-1); C ("x", 1.0); C ("x", nan); C ("w", 2.0); D []; D [A; B 2]; D [A; B 1]; B 0] in
  List.iter (fun x -> List.iter (fun y -> print_string (sign (compare x y))) vs; print_newline ()) vs;
  Printf.printf "sorted: %d elements, first is A %b\n" (List.length (List.sort compare vs)) (List.hd (List.sort compare vs) = A);
  let rs = [{name="bob"; age=30; score=1.5}; {name="al"; age=30; score=2.0}; {name="bob"; age=25; score=0.0}; {name="bob"; age=30; score=1.0}] in
  List.iter (fun r -> Printf.printf "%s %d %g\n" r.name r.age r.score) (List.sort compare rs);
  let m = List.fold_left min (List.hd rs) rs and mx = List.fold_left max (List.hd rs) rs in
  Printf.printf "min %s/%d max %s/%d\n" m.name m.age mx.name mx.age;
  Printf.printf "tuples %s %s %s\n" (sign (compare (1, "b") (1, "a"))) (sign (compare (0, "z") (1, "a"))) (sign (compare (2, 3.0) (2, 3.0)));
  Printf.printf "lists %s %s %s %s\n" (sign (compare [1; 2] [1; 2; 3])) (sign (compare [2] [1; 9])) (sign (compare [] [0])) (sign (compare [[1]] [[1]]));
  Printf.printf "arrays %s %s %s\n" (sign (compare [|1; 2; 3|] [|1; 2|])) (sign (compare [|9|] [|1; 2|])) (sign (compare [|1.5|] [|1.5|]));
  Printf.printf "strings %s %s %s\n" (sign (compare "abc" "abd")) (sign (compare "abc" "ab")) (sign (compare "" ""));
  Printf.printf "options %s %s %s\n" (sign (compare None (Some 0))) (sign (compare (Some 2) (Some 1))) (sign (compare (Some [A]) (Some [A])));
  Printf.printf "floats %s %s %s %s\n" (sign (compare 1.0 2.0)) (sign (compare nan neg_infinity)) (sign (compare infinity nan)) (sign (compare (-0.0) 0.0));
  Printf.printf "float lists = %b, with nan = %b, compare with nan %d\n" ([1.0; 2.0] = [1.0; 2.0]) ([1.0; nan] = [1.0; nan]) (compare [1.0; nan] [1.0; nan]);
  Printf.printf "records with nan = %b, <> %b\n" ({name="n"; age=1; score=nan} = {name="n"; age=1; score=nan}) ({name="n"; age=1; score=nan} <> {name="n"; age=1; score=nan});
  let s1 = "same" and s2 = String.concat "" ["sa"; "me"] in
  Printf.printf "physical: %b %b structural: %b\n" (s1 == s1) (s1 == s2) (s1 = s2);
  Printf.printf "ints: %b %b %d\n" (1 == 1) ([1] == [1]) (compare 3 3);
  Printf.printf "min/max strings %s %s, floats %g %g, chars %c %c\n" (min "pear" "apple") (max "pear" "apple") (min 2.5 (-1.0)) (max 2.5 (-1.0)) (min 'a' 'B') (max 'a' 'B');
  (match compare (fun x -> x) (fun x -> x) with _ -> print_endline "no error" | exception Invalid_argument m -> Printf.printf "Invalid_argument %S\n" m);
  (match (fun x -> x + 1) = (fun x -> x + 1) with _ -> print_endline "no error" | exception Invalid_argument m -> Printf.printf "Invalid_argument %S\n" m);
  let nested = D [D [B 1; C ("a", 0.5)]; D [D []]] in
  Printf.printf "deep equal %b compare %d\n" (nested = D [D [B 1; C ("a", 0.5)]; D [D []]]) (compare nested (D [D [B 1; C ("a", 0.25)]]));
  let sorted = List.sort_uniq compare [3; 1; 4; 1; 5; 9; 2; 6; 5; 3; 5] in
  Printf.printf "sort_uniq %s\n" (String.concat " " (List.map string_of_int sorted));
  let fs = List.sort compare [3.0; nan; -1.0; infinity; neg_infinity; 0.0; -0.0; nan] in
  Printf.printf "float sort %s\n" (String.concat " " (List.map string_of_float fs))
