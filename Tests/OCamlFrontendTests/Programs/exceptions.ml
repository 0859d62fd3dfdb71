exception Custom of int * string
exception Plain
let safe_div a b = try a / b with Division_by_zero -> -1
let find k l = try List.assoc k l with Not_found -> "none"
let () =
  (try raise (Custom (7, "seven")) with Custom (n, s) -> Printf.printf "%d %s\n" n s);
  (try raise Plain with Plain -> print_endline "plain");
  (try failwith "boom" with Failure m -> print_endline m);
  Printf.printf "%d %s\n" (safe_div 7 0) (find 3 [1, "one"]);
  match int_of_string "x" with
  | _ -> ()
  | exception Failure _ -> print_endline "not an int"

(* Never called: a primitive of more than 5 arguments is the only way to get C_CALLN, and
   ocamlc checks only that the name exists in the runtime. *)
external six_args : int -> int -> int -> int -> int -> int -> unit = "caml_ml_flush"
let never_called () = six_args 1 2 3 4 5 6
