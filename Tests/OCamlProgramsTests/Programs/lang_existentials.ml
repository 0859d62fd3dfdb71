(* Existential types through GADT constructors, and heterogeneous collections. *)
type showable = Show : 'a * ('a -> string) -> showable
type counter = Counter : { init : 's; step : 's -> 's; read : 's -> int } -> counter

type 'a stream = Stream : { state : 's; next : 's -> ('a * 's) option } -> 'a stream

let to_list n (Stream { state; next }) =
  let rec go s n acc = if n = 0 then List.rev acc else match next s with
    | None -> List.rev acc | Some (x, s') -> go s' (n - 1) (x :: acc) in
  go state n []

let nat = Stream { state = 0; next = (fun i -> Some (i, i + 1)) }
let chars s = Stream { state = 0; next = (fun i -> if i < String.length s then Some (s.[i], i + 1) else None) }
let map f (Stream { state; next }) =
  Stream { state; next = (fun s -> match next s with None -> None | Some (x, s') -> Some (f x, s')) }
let fibs = Stream { state = (0, 1); next = (fun (a, b) -> Some (a, (b, a + b))) }

let run (Counter { init; step; read }) n =
  let rec go s k = if k = 0 then read s else go (step s) (k - 1) in go init n

let () =
  let items = [ Show (3, string_of_int); Show ("str", (fun s -> "\"" ^ s ^ "\""));
                Show ([1.5; 2.5], (fun l -> String.concat "|" (List.map string_of_float l)));
                Show ((1, 'c'), (fun (a, c) -> Printf.sprintf "<%d,%c>" a c)) ] in
  List.iter (fun (Show (v, f)) -> print_endline (f v)) items;
  let counters = [ Counter { init = 0; step = succ; read = (fun x -> x) };
                   Counter { init = ""; step = (fun s -> s ^ "ab"); read = String.length };
                   Counter { init = [1]; step = (fun l -> l @ l); read = List.length } ] in
  List.iter (fun c -> Printf.printf "%d " (run c 5)) counters; print_newline ();
  print_endline (String.concat " " (List.map string_of_int (to_list 10 nat)));
  print_endline (String.concat "" (List.map (String.make 1) (to_list 100 (map Char.uppercase_ascii (chars "exist")))));
  print_endline (String.concat " " (List.map string_of_int (to_list 15 fibs)));
  print_endline (String.concat " " (List.map string_of_int (to_list 5 (map (fun x -> x * x) nat))))
