(* Functions with many arguments (beyond the register/extra-args limits), big tuples and records. *)
let f10 a b c d e f g h i j = a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j
let f12 a b c d e f g h i j k l = f10 a b c d e f g h i j * 100 + k * 10 + l
let strs a b c d e f g h = String.concat "" [a; b; c; d; e; f; g; h]
let mixed (a : int) (b : float) (c : string) (d : char) (e : bool) (f : int list) (g : int option) (h : float) =
  Printf.sprintf "%d %.1f %s %c %b %d %s %.2f" a b c d e (List.length f) (match g with Some x -> string_of_int x | None -> "-") h

type big = { f0 : int; f1 : int; f2 : int; f3 : int; f4 : int; f5 : int; f6 : int; f7 : int;
             f8 : int; f9 : int; f10 : string; f11 : float }

let rec recursive_many n a b c d e f g = if n = 0 then a + b + c + d + e + f + g
  else recursive_many (n - 1) b c d e f g (a + 1)

let () =
  Printf.printf "f10 %d\n" (f10 1 2 3 4 5 6 7 8 9 10);
  Printf.printf "f12 %d\n" (f12 1 1 1 1 1 1 1 1 1 1 2 3);
  let p = f12 1 2 3 4 5 in
  let p2 = p 6 7 8 9 in
  Printf.printf "partial f12 %d %d\n" (p2 10 11 12) (p 0 0 0 0 0 0 0);
  print_endline (strs "a" "b" "c" "d" "e" "f" "g" "h");
  let s3 = strs "x" "y" "z" in
  print_endline (s3 "1" "2" "3" "4" "5");
  print_endline (mixed 1 2.5 "three" '4' true [5; 5] (Some 6) 7.25);
  print_endline (mixed (-1) 0.0 "" 'z' false [] None (-0.5));
  let t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16) in
  let (a, _, _, _, _, _, _, _, _, _, _, _, _, _, _, p16) = t in
  Printf.printf "tuple %d %d\n" a p16;
  let r = { f0 = 0; f1 = 1; f2 = 2; f3 = 3; f4 = 4; f5 = 5; f6 = 6; f7 = 7; f8 = 8; f9 = 9; f10 = "ten"; f11 = 11.5 } in
  let r2 = { r with f5 = 50; f10 = "TEN" } in
  Printf.printf "record %d %d %s %s %.1f\n" (r.f5 + r.f9) (r2.f5 + r2.f0) r.f10 r2.f10 r2.f11;
  Printf.printf "recursive_many %d\n" (recursive_many 100 1 2 3 4 5 6 7);
  let apply_all fs = List.map (fun f -> f 1 2 3 4 5 6 7 8 9 10) fs in
  print_endline (String.concat " " (List.map string_of_int (apply_all [ f10; (fun a _ _ _ _ _ _ _ _ j -> a * j); (fun a b c d e f g h i j -> f12 a b c d e f g h i j 0 0) ])));
  let big_closure = let a = 1 and b = 2 and c = 3 and d = 4 and e = 5 and f = 6 and g = 7 and h = 8 and i = 9 and j = 10 in
    fun k -> f10 (a + k) (b + k) (c + k) (d + k) (e + k) (f + k) (g + k) (h + k) (i + k) (j + k) in
  Printf.printf "big closure %d %d\n" (big_closure 0) (big_closure 10)
