(* a failing assert at top level after some work: Assert_failure is uncaught, exit 2 *)
let rec gcd a b = if b = 0 then a else gcd b (a mod b)

let () =
  for i = 1 to 10 do Printf.printf "gcd(%d,36)=%d\n" (i * 6) (gcd (i * 6) 36) done;
  assert (gcd 12 18 = 6);
  print_endline "first assert held";
  assert (gcd 12 18 = 5);
  print_endline "unreachable"
