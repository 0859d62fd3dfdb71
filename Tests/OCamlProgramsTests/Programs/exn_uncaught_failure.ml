(* failwith from a closure called through List.map, not caught: exit 2 *)
let checked x = if x > 5 then failwith (Printf.sprintf "value %d too big" x) else x * 10

let () =
  let ok = List.map checked [1; 2; 3] in
  Printf.printf "ok: %s\n" (String.concat "," (List.map string_of_int ok));
  let handled = try List.map checked [4; 5; 6] with Failure m -> print_endline ("handled: " ^ m); [] in
  Printf.printf "handled length %d\n" (List.length handled);
  let again = List.map checked [5; 9; 1] in
  Printf.printf "never printed %d\n" (List.length again)
