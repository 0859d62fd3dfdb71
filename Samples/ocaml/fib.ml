(* Naive doubly recursive Fibonacci: calls and integer arithmetic. *)
let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)

let () = Printf.printf "fib 32 = %d\n" (fib 32)
