(* Loops and references: for/downto, while with complex exits, refs of structures, aliasing. *)
let () =
  let acc = ref [] in
  for i = 1 to 5 do acc := i :: !acc done;
  for i = 10 downto 8 do acc := i :: !acc done;
  for i = 3 to 2 do acc := 999 :: !acc done;
  print_endline (String.concat " " (List.map string_of_int (List.rev !acc)));
  let n = ref 27 and steps = ref 0 in
  while !n <> 1 do n := (if !n mod 2 = 0 then !n / 2 else 3 * !n + 1); incr steps done;
  Printf.printf "steps %d\n" !steps;
  (* nested loops with early exit through an exception *)
  let found = ref None in
  (try
     for a = 1 to 30 do
       for b = a to 30 do
         let c2 = a * a + b * b in
         let c = int_of_float (sqrt (float_of_int c2)) in
         if c * c = c2 && a + b + c = 30 then (found := Some (a, b, c); raise Exit)
       done
     done
   with Exit -> ());
  (match !found with Some (a, b, c) -> Printf.printf "triple %d %d %d\n" a b c | None -> print_endline "none");
  (* aliasing: two names for one ref / one array *)
  let r = ref 1 in
  let alias = r in
  alias := 42;
  Printf.printf "alias %d %b\n" !r (r == alias);
  let arr = [| 1; 2; 3 |] in
  let arr2 = arr and copy = Array.copy arr in
  arr2.(0) <- 100;
  Printf.printf "arrays %d %d\n" arr.(0) copy.(0);
  (* refs holding closures and lists *)
  let ops = ref [] in
  for k = 1 to 4 do ops := (fun x -> x * k) :: !ops done;
  Printf.printf "ops %s\n" (String.concat "," (List.map (fun f -> string_of_int (f 10)) !ops));
  let fr = ref 0.0 in
  for i = 1 to 10 do fr := !fr +. 1.0 /. float_of_int i done;
  Printf.printf "harmonic %.6f\n" !fr;
  (* incr/decr, := on a record field ref *)
  let counters = Array.init 3 (fun _ -> ref 0) in
  for i = 0 to 20 do incr counters.(i mod 3); if i mod 5 = 0 then decr counters.(0) done;
  Printf.printf "counters %d %d %d\n" !(counters.(0)) !(counters.(1)) !(counters.(2));
  (* a while loop that builds a string *)
  let b = Buffer.create 16 and i = ref 0 in
  while Buffer.length b < 20 do Buffer.add_string b (string_of_int !i); incr i done;
  print_endline (Buffer.contents b)
