let show name v = print_string name; print_string " = "; print_int v; print_newline ()
let () =
  let a = 1234567 and b = -89 in
  show "add" (a + b); show "sub" (a - b); show "mul" (a * b);
  show "div" (a / b); show "mod" (a mod b); show "neg" (- a);
  show "land" (a land 0xFF0F); show "lor" (a lor 0x7000); show "lxor" (a lxor b);
  show "lsl" (a lsl 5); show "lsr" (a lsr 3); show "asr" (b asr 3);
  (* ocamlrun on the host has 63-bit ints: nothing printed here may depend on the width. *)
  show "wrap31" ((max_int + 1 = min_int) |> Bool.to_int);
  show "cmp" (compare a b); show "lt" (if a < b then 1 else 0);
  show "div0" (try a / 0 with Division_by_zero -> -1);
  show "mod0" (try a mod 0 with Division_by_zero -> -2);
  let rec fact n = if n <= 1 then 1 else n * fact (n - 1) in
  show "fact 12" (fact 12);
  let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2) in
  show "fib 20" (fib 20)
