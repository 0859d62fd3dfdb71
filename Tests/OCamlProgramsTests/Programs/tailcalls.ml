let rec loop n acc = if n = 0 then acc else loop (n - 1) (acc + 1)
let rec even n = if n = 0 then true else odd (n - 1)
and odd n = if n = 0 then false else even (n - 1)
let rec count3 a b c n = if n = 0 then a + b + c else count3 b c (a + 1) (n - 1)
let () =
  Printf.printf "%d\n" (loop 1_000_000 0);
  Printf.printf "%b\n" (even 1_000_001);
  Printf.printf "%d\n" (count3 0 0 0 1_000_000)
