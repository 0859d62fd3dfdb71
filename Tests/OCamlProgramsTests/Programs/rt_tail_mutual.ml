(* mutual tail calls a million deep: two- and three-way cycles, a state machine written as
   mutually recursive functions, with arguments changing at each hop *)
let rec is_even n = if n = 0 then true else is_odd (n - 1)
and is_odd n = if n = 0 then false else is_even (n - 1)

let rec a n acc = if n = 0 then acc else b (n - 1) (acc + 1)
and b n acc = if n = 0 then acc * 2 else c (n - 1) (acc + 2)
and c n acc = if n = 0 then acc * 3 else a (n - 1) (acc + 3)

(* a little scanner over a generated string: states are functions *)
let text = String.init 200_000 (fun i -> match i mod 13 with 0 -> ' ' | 5 -> '1' | 6 -> '2' | _ -> 'x')

let rec space i words numbers =
  if i = String.length text then (words, numbers)
  else match text.[i] with
    | ' ' -> space (i + 1) words numbers
    | '0' .. '9' -> number (i + 1) words (numbers + 1)
    | _ -> word (i + 1) (words + 1) numbers
and word i words numbers =
  if i = String.length text then (words, numbers)
  else match text.[i] with ' ' -> space (i + 1) words numbers | '0' .. '9' -> number (i + 1) words (numbers + 1) | _ -> word (i + 1) words numbers
and number i words numbers =
  if i = String.length text then (words, numbers)
  else match text.[i] with ' ' -> space (i + 1) words numbers | '0' .. '9' -> number (i + 1) words numbers | _ -> word (i + 1) (words + 1) numbers

let () =
  Printf.printf "even 1000000 %b, odd 1000001 %b, even 777777 %b\n" (is_even 1_000_000) (is_odd 1_000_001) (is_even 777_777);
  List.iter (fun n -> Printf.printf "abc %d -> %d\n" n (a n 0)) [0; 1; 2; 3; 299_999; 1_000_000];
  let w, n = space 0 0 0 in
  Printf.printf "words %d numbers %d\n" w n
