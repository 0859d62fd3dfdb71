(* Polymorphic comparison reaching strings through generic code: every comparison primitive
   on strings of equal and different lengths, shared prefixes, bytes above 127 (unsigned),
   empty strings and the same string twice; then mixed operands (string against int, a
   string inside a tuple, floats with nan) that must take the generic primitive, and a
   Hashtbl keyed by strings (its bucket search is `compare k key = 0`). *)
let cmp (a : 'a) (b : 'a) = compare a b
let eq (a : 'a) (b : 'a) = a = b
let ne (a : 'a) (b : 'a) = a <> b
let lt (a : 'a) (b : 'a) = a < b
let le (a : 'a) (b : 'a) = a <= b
let gt (a : 'a) (b : 'a) = a > b
let ge (a : 'a) (b : 'a) = a >= b

let strings = [ ""; "a"; "ab"; "abc"; "abd"; "abcd"; "abcdefgh"; "abcdefgi"; "abcdefghi"; "\200"; "\127"; "a\000"; "a\000b"; "zzzzzzzzzzzz" ]

let () =
  List.iter (fun a ->
    List.iter (fun b ->
      Printf.printf "%d%b%b%b%b%b%b " (cmp a b) (eq a b) (ne a b) (lt a b) (le a b) (gt a b) (ge a b)) strings;
    print_newline ()) strings;
  let s = String.make 5 'x' in
  Printf.printf "same %d %b; copy %d %b\n" (cmp s s) (eq s s) (cmp s (Bytes.to_string (Bytes.of_string s))) (eq s (Bytes.to_string (Bytes.of_string s)));
  (* Not both strings: the generic primitive, by tag, size, fields or float order. *)
  let o : Obj.t list = [ Obj.repr "a"; Obj.repr 1; Obj.repr (1, "a"); Obj.repr 2.5; Obj.repr [ "a" ] ] in
  List.iter (fun a -> List.iter (fun b -> Printf.printf "%d " (cmp a b)) o; print_newline ()) o;
  Printf.printf "tuples %d %d; nan %d %b %b\n" (cmp (1, "b") (1, "a")) (cmp ("x", 2) ("x", 2)) (cmp nan nan) (eq nan nan) (lt nan 1.0);
  let sorted = List.sort cmp [ "pear"; "apple"; "fig"; ""; "apples"; "\255"; "Apple" ] in
  print_endline (String.concat "," sorted);
  let table = Hashtbl.create 8 in
  for i = 0 to 199 do Hashtbl.replace table (string_of_int (i * 3)) i done;
  let found = ref 0 and missing = ref 0 in
  for i = 0 to 599 do
    match Hashtbl.find_opt table (string_of_int i) with Some v -> found := !found + v | None -> incr missing
  done;
  Printf.printf "hashtbl %d %d %d\n" (Hashtbl.length table) !found !missing
