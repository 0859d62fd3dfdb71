let add x y = x + y
let add3 = add 3
let rec even n = n = 0 || odd (n - 1)
and odd n = n <> 0 && even (n - 1)
let compose f g x = f (g x)
let counter () =
  let n = ref 0 in
  fun () -> incr n; !n
let () =
  let c = counter () in
  ignore (c ());
  let sum = List.fold_left ( + ) 0 (List.map add3 [1; 2; 3]) in
  Printf.printf "%d %b %d %d\n" sum (even 10) (compose add3 (add 1) 5) (c ())
