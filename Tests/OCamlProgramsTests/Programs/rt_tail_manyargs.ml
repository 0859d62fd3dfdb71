(* tail calls with more than 4 arguments (5 to 9), self and mutual, a million deep; the
   arguments are permuted at each call so any mix-up shows in the result; the first a
   million deep, the others 200,000 to keep the run short *)
let rec five a b c d e n = if n = 0 then a + 2 * b + 3 * c + 4 * d + 5 * e else five b c d e ((a + 1) land 1023) (n - 1)

let rec seven a b c d e f g n =
  if n = 0 then [ a; b; c; d; e; f; g ]
  else seven g a b c d e ((f + n) land 0xFFFF) (n - 1)

let rec nine a b c d e f g h i n =
  if n = 0 then a - b + c - d + e - f + g - h + i
  else nine (i land 255) a b c d e f g (h + 1) (n - 1)

let rec m1 a b c d e f n = if n = 0 then a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f else m2 f e d c b a (n - 1)
and m2 a b c d e f n = if n = 0 then -(a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f) else m1 b c d e f a (n - 1)

(* float arguments mixed with ints *)
let rec mixed x i y j z k n = if n = 0 then x +. y +. z +. float_of_int (i + j + k) else mixed y j z k x (i + 1) (n - 1)

(* many arguments through a closure (unknown arity at the call site) *)
let rec through (f : int -> int -> int -> int -> int -> int -> int) a b c d e n = if n = 0 then f a b c d e 0 else through f b c d e (f a b c d e n land 4095) (n - 1)

let () =
  Printf.printf "five %d\n" (five 1 2 3 4 5 1_000_000);
  Printf.printf "seven %s\n" (String.concat " " (List.map string_of_int (seven 1 2 3 4 5 6 7 200_000)));
  Printf.printf "nine %d\n" (nine 1 2 3 4 5 6 7 8 9 200_000);
  List.iter (fun n -> Printf.printf "m1 %d: %d\n" n (m1 1 2 3 4 5 6 n)) [0; 1; 2; 5; 199_999; 200_000];
  Printf.printf "mixed %.2f\n" (mixed 0.5 1 0.25 2 0.125 3 200_000);
  Printf.printf "through %d\n" (through (fun a b c d e n -> a + b * 2 + c * 3 + d * 4 + e * 5 + n) 1 1 1 1 1 300_000)
