(* exit n with several at_exit handlers: they run in reverse order of registration, once,
   after the output is flushed; exit from inside a deep call and a handler *)
let counter = ref 0

let () =
  at_exit (fun () -> Printf.printf "handler 1 (registered first), counter %d\n" !counter);
  at_exit (fun () -> print_endline "handler 2"; incr counter);
  at_exit (fun () ->
      print_endline "handler 3 (registered last, runs first)";
      counter := !counter * 10)

let rec deep n = if n = 0 then (counter := 7; exit 5) else 1 + deep (n - 1)

let () =
  print_string "no newline yet... ";
  Printf.printf "%d squared is %d\n" 12 144;
  (* exit is not an exception: a catch-all handler does not see it *)
  (try ignore (deep 200) with _ -> print_endline "caught exit?!");
  print_endline "not reached"
