(* kiln bench test program: a counted loop, a tail-recursive sum. *)
let rec sum i acc = if i = 0 then acc else sum (i - 1) (acc + i * i mod 7)

let () =
  print_int (sum 20000 0);
  print_newline ()
