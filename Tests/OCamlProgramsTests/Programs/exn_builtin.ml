(* the predefined exceptions, raised by the Stdlib and by the language itself, caught and
   printed: Not_found, Failure, Invalid_argument, Exit, Assert_failure (with its location),
   Match_failure (with its location), End_of_file, Sys_error-free ones *)
let show f =
  match f () with
  | v -> Printf.printf "value %d\n" v
  | exception e -> Printf.printf "raised %s\n" (Printexc.to_string e)

type shape = Circle of int | Square of int | Tri of int * int * int

let area = function Circle r -> 3 * r * r | Square s -> s * s

let () =
  show (fun () -> List.assoc "z" ["a", 1; "b", 2]);
  show (fun () -> List.find (fun x -> x > 10) [1; 2; 3]);
  show (fun () -> Hashtbl.find (Hashtbl.create 8) 0);
  show (fun () -> int_of_string "12x");
  show (fun () -> int_of_string "0x1F");
  show (fun () -> int_of_string "-0b101");
  show (fun () -> List.hd []);
  show (fun () -> List.tl [] |> List.length);
  show (fun () -> List.nth [1; 2] 5);
  show (fun () -> List.nth [1; 2] (-1));
  show (fun () -> String.index "hello" 'z');
  show (fun () -> String.index "hello" 'l');
  show (fun () -> Char.code (Char.chr 300));
  show (fun () -> String.length (String.make (-1) 'x'));
  show (fun () -> Array.length (Array.make (-5) 0));
  show (fun () -> raise Exit);
  show (fun () -> assert (1 + 1 = 3); 0);
  show (fun () -> assert false);
  show (fun () -> area (Circle 2));
  show (fun () -> area (Tri (3, 4, 5)));
  show (fun () -> let Some x = (None : int option) in x);
  show (fun () -> Option.get None);
  show (fun () -> Result.get_ok (Error "e"));
  show (fun () -> Stack.pop (Stack.create ()));
  show (fun () -> Queue.take (Queue.create ()));
  show (fun () -> Lazy.force (lazy (raise Not_found)));
  show (fun () -> let rec l = lazy (Lazy.force l + 1) in Lazy.force l);
  show (fun () -> float_of_string "1.5e" |> int_of_float);
  show (fun () -> bool_of_string "yes" |> Bool.to_int);
  show (fun () -> String.get "abc" 3 |> Char.code);
  show (fun () -> Bytes.sub (Bytes.of_string "abc") 2 5 |> Bytes.length);
  show (fun () -> List.combine [1; 2] [3] |> List.length);
  show (fun () -> List.init (-1) Fun.id |> List.length);
  show (fun () -> Buffer.nth (Buffer.create 4) 0 |> Char.code);
  show (fun () -> String.concat "" [] |> String.length)

(* the fields of Assert_failure and Match_failure *)
let () =
  (try assert (String.length "ab" = 3) with Assert_failure (file, line, col) ->
     Printf.printf "assert at %s line %d col %d\n" (Filename.basename file) line col);
  (try ignore (area (Tri (1, 1, 1))) with Match_failure (file, line, col) ->
     Printf.printf "match at %s line %d col %d\n" (Filename.basename file) line col)
