(* Option and Result modules, binding operators (let* / let+), error accumulation. *)
let ( let* ) = Result.bind
let ( let+ ) r f = Result.map f r

let parse_int s = match int_of_string_opt s with Some n -> Ok n | None -> Error ("not an int: " ^ s)
let positive n = if n > 0 then Ok n else Error (Printf.sprintf "not positive: %d" n)

let compute a b =
  let* x = parse_int a in
  let* y = parse_int b in
  let* y = positive y in
  let+ q = if x mod y = 0 then Ok (x / y) else Error "not divisible" in
  q * 10

let show_r = function Ok n -> "Ok " ^ string_of_int n | Error e -> "Error " ^ e

let () =
  List.iter (fun (a, b) -> print_endline (show_r (compute a b)))
    [ ("10", "2"); ("x", "2"); ("10", "y"); ("10", "-2"); ("10", "3"); ("0", "5") ];
  let o = Some 5 in
  Printf.printf "map %s bind %s value %d default %d\n"
    (match Option.map succ o with Some n -> string_of_int n | None -> "-")
    (match Option.bind o (fun x -> if x > 10 then Some x else None) with Some _ -> "some" | None -> "none")
    (Option.value o ~default:0) (Option.value None ~default:(-1));
  Printf.printf "is_some %b is_none %b join %s\n" (Option.is_some o) (Option.is_none o)
    (match Option.join (Some (Some "j")) with Some s -> s | None -> "-");
  Printf.printf "to_list %d fold %d\n" (List.length (Option.to_list o)) (Option.fold ~none:0 ~some:(fun x -> x * 3) o);
  (try ignore (Option.get None) with Invalid_argument m -> Printf.printf "get None: %s\n" m);
  Printf.printf "equal %b compare %d\n" (Option.equal ( = ) (Some 1) (Some 1)) (Option.compare compare None (Some 0));
  let rs = [ Ok 1; Error "a"; Ok 3; Error "b" ] in
  let oks = List.filter_map Result.to_option rs in
  let errs = List.filter_map (function Error e -> Some e | Ok _ -> None) rs in
  Printf.printf "oks %s errs %s\n" (String.concat "," (List.map string_of_int oks)) (String.concat "," errs);
  Printf.printf "result fold %s\n" (String.concat ";" (List.map (Result.fold ~ok:string_of_int ~error:String.uppercase_ascii) rs));
  Printf.printf "map_error %s is_ok %b\n" (show_r (Result.map_error (fun e -> e ^ "!") (Error "bad"))) (Result.is_ok (Ok ()));
  let all l = List.fold_right (fun r acc -> let* x = r in let+ xs = acc in x :: xs) l (Ok []) in
  (match all [ Ok 1; Ok 2; Ok 3 ] with Ok l -> Printf.printf "all ok %d\n" (List.length l) | Error e -> print_endline e);
  (match all [ Ok 1; Error "first"; Error "second" ] with Ok _ -> print_endline "?" | Error e -> Printf.printf "all error %s\n" e);
  let ( let* ) = Option.bind in
  let r = let* a = Some 2 in let* b = Some 3 in Some (a * b) in
  Printf.printf "option let* %s\n" (match r with Some n -> string_of_int n | None -> "-")
