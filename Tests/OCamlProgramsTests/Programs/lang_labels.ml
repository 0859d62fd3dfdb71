(* Labelled and optional arguments, defaults, partial application by label. *)
let greet ?(greeting = "Hello") ?punct ~name () =
  let p = match punct with None -> "." | Some c -> String.make 1 c in
  greeting ^ ", " ^ name ^ p

let range ?(step = 1) ~from ~upto () =
  let rec go i acc = if i > upto then List.rev acc else go (i + step) (i :: acc) in
  go from []

let area ~w ~h = w * h
let sub ~a ~b = a - b

let opt_sum ?x ?y ?(z = 100) () =
  (match x with Some v -> v | None -> 0) + (match y with Some v -> v | None -> 0) + z

let show l = String.concat " " (List.map string_of_int l)

let () =
  print_endline (greet ~name:"world" ());
  print_endline (greet ~greeting:"Bye" ~name:"Bob" ());
  print_endline (greet ~punct:'!' ~name:"Alice" ());
  print_endline (greet ?greeting:(Some "Hi") ?punct:None ~name:"Eve" ());
  print_endline (show (range ~from:1 ~upto:10 ()));
  print_endline (show (range ~step:3 ~from:0 ~upto:20 ()));
  print_endline (show (range ~upto:5 ~from:2 ()));
  let a = area ~h:3 in
  Printf.printf "area %d %d\n" (a ~w:4) (area ~h:2 ~w:9);
  let s = sub ~b:10 in
  Printf.printf "sub %d %d\n" (s ~a:3) (sub ~b:1 ~a:100);
  Printf.printf "opt_sum %d %d %d %d\n" (opt_sum ()) (opt_sum ~x:1 ()) (opt_sum ~y:2 ~z:0 ())
    (opt_sum ~x:5 ~y:6 ~z:7 ());
  let xs = List.map (fun w -> area ~w ~h:w) [1; 2; 3; 4] in
  print_endline (show xs);
  let partial = greet ~greeting:"Yo" in
  print_endline (partial ~name:"Zed" ());
  let f ~k:(k : int -> int) x = k (k x) in
  Printf.printf "f %d\n" (f ~k:(fun v -> v * 3) 2);
  Printf.printf "fold %d\n" (ListLabels.fold_left ~f:(fun acc x -> acc * 2 + x) ~init:0 [1; 0; 1; 1]);
  print_endline (String.concat "," (ListLabels.map ~f:(fun s -> s ^ s) ["a"; "bc"]));
  let arr = ArrayLabels.make 3 'x' in
  ArrayLabels.iteri ~f:(fun i c -> Printf.printf "%d%c " i c) arr;
  print_newline ()
