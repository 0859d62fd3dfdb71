(* Fun.protect ~finally: runs on normal return, on exceptions (which propagate), nested;
   an exception from finally becomes Fun.Finally_raised *)
let trace = ref []
let say s = trace := s :: !trace

let guarded name f = Fun.protect ~finally:(fun () -> say ("finally " ^ name)) f

let () =
  let v = guarded "a" (fun () -> say "body a"; 40 + 2) in
  say (string_of_int v);
  (try guarded "b" (fun () -> say "body b"; raise Not_found) with Not_found -> say "caught b");
  (try
     guarded "outer" (fun () ->
         guarded "inner" (fun () -> say "body inner"; failwith "deep"))
   with Failure m -> say ("caught " ^ m));
  List.iter print_endline (List.rev !trace)

let () =
  trace := [];
  (match Fun.protect ~finally:(fun () -> raise Exit) (fun () -> 1) with
   | _ -> print_endline "no exception?"
   | exception Fun.Finally_raised e -> Printf.printf "Finally_raised %s\n" (Printexc.to_string e));
  (match Fun.protect ~finally:(fun () -> failwith "in finally") (fun () -> raise Not_found) with
   | _ -> print_endline "no exception?"
   | exception Fun.Finally_raised e -> Printf.printf "Finally_raised %s\n" (Printexc.to_string e)
   | exception Not_found -> print_endline "Not_found");
  print_endline (Printexc.to_string (Fun.Finally_raised (Failure "x")))

(* a resource counter: opened and closed match whatever happens in the body *)
let opened = ref 0 and closed = ref 0
let with_resource f = incr opened; Fun.protect ~finally:(fun () -> incr closed) f

let () =
  let ok = ref 0 and failed = ref 0 in
  for i = 1 to 1000 do
    match with_resource (fun () -> if i mod 7 = 0 then raise (Invalid_argument (string_of_int i)) else i) with
    | v -> ok := !ok + v
    | exception Invalid_argument _ -> incr failed
  done;
  Printf.printf "opened %d closed %d ok %d failed %d\n" !opened !closed !ok !failed

(* finally in a loop with early exit through Exit *)
let () =
  let cleanups = ref 0 in
  (try
     for i = 1 to 100 do
       Fun.protect ~finally:(fun () -> incr cleanups) (fun () -> if i = 37 then raise Exit)
     done
   with Exit -> ());
  Printf.printf "cleanups %d\n" !cleanups
