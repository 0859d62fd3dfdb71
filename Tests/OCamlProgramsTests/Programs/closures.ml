let add3 a b c = a + b + c
let compose f g x = f (g x)
let twice f = compose f f
let make_counter () = let r = ref 0 in fun () -> incr r; !r
let sum6 a b c d e f = a + 2*b + 3*c + 4*d + 5*e + 6*f
let sum8 a b c d e f g h = sum6 a b c d e f + 7*g + 8*h
let () =
  let p = add3 1 in
  let q = p 2 in
  Printf.printf "%d %d %d\n" (q 3) (p 10 20) (add3 4 5 6);
  Printf.printf "%d\n" (twice (fun x -> x * 3) 7);
  let c = make_counter () in
  ignore (c ()); ignore (c ());
  Printf.printf "counter %d\n" (c ());
  let s = sum8 1 2 3 in
  let s' = s 4 5 in
  Printf.printf "sum8 %d %d\n" (s' 6 7 8) (sum8 1 1 1 1 1 1 1 1);
  let over = (fun a -> fun b c -> a * b * c) in
  Printf.printf "over %d\n" (over 2 3 4);
  let fs = List.map (fun k -> fun x -> x + k) [1; 2; 3] in
  Printf.printf "%s\n" (String.concat "," (List.map (fun f -> string_of_int (f 100)) fs));
  let rec even n = n = 0 || odd (n - 1) and odd n = n <> 0 && even (n - 1) in
  Printf.printf "even 10 %b odd 7 %b\n" (even 10) (odd 7)
