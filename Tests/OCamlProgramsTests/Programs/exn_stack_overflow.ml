(* unbounded (non-tail) recursion raises Stack_overflow, which a handler catches; the
   program then goes on working, and catches it again *)
let rec depth n = 1 + depth (n + 1)

let rec build n = n :: build (n + 1)

let attempt name f =
  match f () with
  | _ -> Printf.printf "%s: returned?\n" name
  | exception Stack_overflow -> Printf.printf "%s: Stack_overflow caught\n" name

let () =
  attempt "depth" (fun () -> depth 0);
  attempt "build" (fun () -> List.length (build 0));
  attempt "depth again" (fun () -> depth 0);
  (* the stack is usable again: a deep but finite recursion works *)
  let rec sum n = if n = 0 then 0 else n + sum (n - 1) in
  Printf.printf "sum 1000 = %d\n" (sum 1000);
  let l = List.init 1000 Fun.id in
  Printf.printf "map length %d\n" (List.length (List.map succ l))

(* Stack_overflow caught by a catch-all handler, then printed *)
let () =
  match depth 0 with
  | _ -> ()
  | exception e -> Printf.printf "generic handler: %s\n" (Printexc.to_string e)
