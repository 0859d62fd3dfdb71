(* Option, Result and Either: every function of each module, with values and errors *)
let so = function None -> "None" | Some x -> "Some " ^ string_of_int x
let sr = function Ok x -> "Ok " ^ string_of_int x | Error e -> "Error " ^ e

let () =
  Printf.printf "value %d %d\n" (Option.value ~default:0 (Some 5)) (Option.value ~default:0 None);
  Printf.printf "get %d\n" (Option.get (Some 3));
  (try ignore (Option.get None) with Invalid_argument m -> Printf.printf "get None: %s\n" m);
  Printf.printf "bind %s %s\n" (so (Option.bind (Some 4) (fun x -> if x > 3 then Some (x * 2) else None))) (so (Option.bind (Some 1) (fun x -> if x > 3 then Some x else None)));
  Printf.printf "join %s map %s fold %d %d\n" (so (Option.join (Some (Some 9)))) (so (Option.map succ (Some 1))) (Option.fold ~none:(-1) ~some:(fun x -> x * 10) (Some 2)) (Option.fold ~none:(-1) ~some:(fun x -> x) None);
  Option.iter (Printf.printf "iter %d\n") (Some 7);
  Option.iter (Printf.printf "iter none %d\n") None;
  Printf.printf "is_none %b is_some %b equal %b %b compare %d %d\n" (Option.is_none None) (Option.is_some (Some 1)) (Option.equal ( = ) (Some 1) (Some 1))
    (Option.equal ( = ) None (Some 1)) (Option.compare compare None (Some 0)) (Option.compare compare (Some 5) (Some 2));
  Printf.printf "to_result %s %s to_list %d %d to_seq %d\n" (sr (Option.to_result ~none:"missing" (Some 1))) (sr (Option.to_result ~none:"missing" None))
    (List.length (Option.to_list (Some 1))) (List.length (Option.to_list None)) (Seq.fold_left ( + ) 0 (Option.to_seq (Some 8)));
  Printf.printf "some %s none %s\n" (so (Option.some 3)) (so Option.none)

let parse s = match int_of_string_opt s with Some n -> Ok n | None -> Error ("bad " ^ s)

let () =
  let rs = List.map parse [ "12"; "x"; "-4"; "" ] in
  List.iter (fun r -> print_endline (sr r)) rs;
  Printf.printf "value %d get_ok %d get_error %s\n" (Result.value ~default:0 (Error "e")) (Result.get_ok (Ok 2)) (Result.get_error (Error "err"));
  (try ignore (Result.get_ok (Error "e")) with Invalid_argument m -> Printf.printf "get_ok: %s\n" m);
  (try ignore (Result.get_error (Ok 1)) with Invalid_argument m -> Printf.printf "get_error: %s\n" m);
  Printf.printf "bind %s %s\n" (sr (Result.bind (parse "5") (fun n -> if n > 0 then Ok (n * n) else Error "neg"))) (sr (Result.bind (parse "-5") (fun n -> if n > 0 then Ok n else Error "neg")));
  Printf.printf "join %s map %s map_error %s\n" (sr (Result.join (Ok (Ok 1)))) (sr (Result.map succ (Ok 1))) (sr (Result.map_error String.uppercase_ascii (Error "low")));
  Printf.printf "fold %d %d\n" (Result.fold ~ok:(fun x -> x) ~error:String.length (Ok 3)) (Result.fold ~ok:(fun x -> x) ~error:String.length (Error "four"));
  Printf.printf "is_ok %b is_error %b equal %b compare %d\n" (Result.is_ok (Ok 1)) (Result.is_error (Ok 1))
    (Result.equal ~ok:( = ) ~error:( = ) (Ok 1) (Ok 1)) (Result.compare ~ok:compare ~error:compare (Ok 1) (Error "x"));
  Printf.printf "to_option %s %s to_list %d\n" (so (Result.to_option (Ok 4))) (so (Result.to_option (Error "x"))) (List.length (Result.to_list (Error "x")));
  Result.iter (Printf.printf "iter ok %d\n") (Ok 6);
  Result.iter_error (Printf.printf "iter_error %s\n") (Error "bad");
  (* a chain of binds, stopping at the first error *)
  let ( let* ) = Result.bind in
  let sum3 a b c = let* x = parse a in let* y = parse b in let* z = parse c in Ok (x + y + z) in
  Printf.printf "sum3 %s %s\n" (sr (sum3 "1" "2" "3")) (sr (sum3 "1" "two" "3"))

let () =
  let es = [ Either.Left 1; Either.Right "r"; Either.left 2; Either.right "s" ] in
  List.iter (fun e ->
      Printf.printf "%s %b %b %s\n" (Either.fold ~left:string_of_int ~right:(fun s -> s) e) (Either.is_left e) (Either.is_right e)
        (match Either.find_left e, Either.find_right e with Some l, _ -> "L" ^ string_of_int l | _, Some r -> "R" ^ r | _ -> "?")) es;
  let mapped = List.map (Either.map ~left:(fun x -> x * 100) ~right:String.length) es in
  Printf.printf "map %s\n" (String.concat " " (List.map (Either.fold ~left:string_of_int ~right:(fun n -> "#" ^ string_of_int n)) mapped));
  Printf.printf "map_left %s map_right %s\n" (Either.fold ~left:string_of_int ~right:Fun.id (Either.map_left succ (Either.Left 1)))
    (Either.fold ~left:string_of_int ~right:Fun.id (Either.map_right String.uppercase_ascii (Either.Right "up")));
  Printf.printf "equal %b compare %d\n" (Either.equal ~left:( = ) ~right:( = ) (Either.Left 1) (Either.Left 1)) (Either.compare ~left:compare ~right:compare (Either.Left 1) (Either.Right 0));
  let l, r = List.partition_map (fun x -> if x mod 2 = 0 then Either.Left x else Either.Right (string_of_int x)) (List.init 9 Fun.id) in
  Printf.printf "partition_map %d evens, odds %s\n" (List.length l) (String.concat "" r);
  Either.iter ~left:(Printf.printf "iter left %d\n") ~right:print_endline (Either.Left 5)
