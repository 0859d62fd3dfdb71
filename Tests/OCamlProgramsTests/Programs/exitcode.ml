let () = at_exit (fun () -> print_endline "at_exit ran"); print_endline "exiting with 3"; exit 3
