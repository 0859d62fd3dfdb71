(* Non-exhaustive matches raising Match_failure, caught and printed; and uncaught at the end. *)
[@@@warning "-8"]
type t = A | B of int | C of string | D

let partial = function A -> "A" | B n when n > 0 -> "B+" ^ string_of_int n | C s -> "C" ^ s

let head (x :: _) = x

let second_of_triple = function (_, Some y, _) -> y

let describe e = match e with
  | Match_failure (file, line, col) -> Printf.sprintf "Match_failure(%s, %d, %d)" file line col
  | Not_found -> "Not_found"
  | Invalid_argument s -> "Invalid_argument " ^ s
  | Failure s -> "Failure " ^ s
  | e -> Printexc.to_string e

let attempt name f =
  match f () with
  | v -> Printf.printf "%s -> %s\n" name v
  | exception e -> Printf.printf "%s raised %s\n" name (describe e)

let () =
  attempt "partial A" (fun () -> partial A);
  attempt "partial B 3" (fun () -> partial (B 3));
  attempt "partial B -3" (fun () -> partial (B (-3)));
  attempt "partial D" (fun () -> partial D);
  attempt "partial C" (fun () -> partial (C "x"));
  attempt "head" (fun () -> string_of_int (head [5; 6]));
  attempt "head []" (fun () -> string_of_int (head []));
  attempt "second" (fun () -> second_of_triple (1, Some "y", 3.0));
  attempt "second None" (fun () -> second_of_triple (1, None, 3.0));
  let let_fail () = let [a; b] = [1; 2; 3] in string_of_int (a + b) in
  attempt "let pattern" let_fail;
  attempt "printexc" (fun () -> try ignore (head ([] : int list)); "no" with e -> Printexc.to_string e);
  (* finally an uncaught Match_failure: exit code 2 and the message on stderr *)
  print_endline "now uncaught";
  print_endline (partial D)
