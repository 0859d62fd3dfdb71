(* An uncaught user exception with a payload: ocamlrun prints
   "Fatal error: exception Exn_uncaught_user.Bad(...)" on stderr and exits with 2; stdout
   printed before it (and flushed by at_exit) must be identical *)
exception Bad of string * int * float

let rec work n acc =
  if n = 0 then raise (Bad ("work", List.length acc, 2.5))
  else work (n - 1) (n * n :: acc)

let () =
  at_exit (fun () -> print_endline "at_exit ran");
  let squares = List.init 10 (fun i -> i * i) in
  List.iter (fun x -> Printf.printf "%d " x) squares;
  print_newline ();
  Printf.printf "about to fail after %d\n" (List.fold_left ( + ) 0 squares);
  ignore (work 100 [])
