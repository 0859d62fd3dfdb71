(* The Fun module: id, const, flip, negate, protect (with finally and Finally_raised). *)
let () =
  Printf.printf "id %d %s\n" (Fun.id 5) (Fun.id "s");
  let k = Fun.const 42 in
  Printf.printf "const %d %d\n" (k "ignored") (k "again");
  let sub = Fun.flip ( - ) in
  Printf.printf "flip %d %s\n" (sub 1 10) (Fun.flip ( ^ ) "a" "b");
  let odd = Fun.negate (fun x -> x mod 2 = 0) in
  Printf.printf "negate %s\n" (String.concat "" (List.map (fun x -> if odd x then "o" else "e") [1; 2; 3; 4; 5]));
  let log = Buffer.create 32 in
  let r = Fun.protect ~finally:(fun () -> Buffer.add_string log "finally1;") (fun () -> Buffer.add_string log "body1;"; 7) in
  Printf.printf "protect %d\n" r;
  (try Fun.protect ~finally:(fun () -> Buffer.add_string log "finally2;") (fun () -> failwith "inner")
   with Failure m -> Buffer.add_string log ("caught " ^ m ^ ";"));
  (try Fun.protect ~finally:(fun () -> raise Exit) (fun () -> Buffer.add_string log "body3;")
   with Fun.Finally_raised e -> Buffer.add_string log ("finally raised " ^ Printexc.to_string e ^ ";"));
  (try Fun.protect ~finally:(fun () -> raise Not_found) (fun () -> failwith "both")
   with e -> Buffer.add_string log (Printexc.to_string e ^ ";"));
  print_endline (Buffer.contents log);
  let compose f g x = f (g x) in
  let pipeline = List.fold_left compose Fun.id [ (fun x -> x + 1); (fun x -> x * 2); Fun.id; (fun x -> x - 3) ] in
  Printf.printf "pipeline %d\n" (pipeline 10);
  let apply_n n f = List.fold_left (fun acc _ -> compose f acc) Fun.id (List.init n Fun.id) in
  Printf.printf "apply_n %d\n" (apply_n 10 (fun x -> x * 2) 1);
  Printf.printf "pipes %d %s\n" (3 |> succ |> ( * ) 5) (String.uppercase_ascii @@ "at" ^ "@")
