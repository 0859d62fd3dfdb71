(* Closures capturing many variables, counters, closures built in loops. *)
let make a b c d e f g h =
  let s = Printf.sprintf "%d-%s-%c-%g" a b c d in
  fun x -> Printf.sprintf "%s/%d/%b/%s/%d/%d" s (x + e) f g (h + x) (String.length s)

let counters () =
  let n = ref 0 in
  let incr () = n := !n + 1; !n in
  let add k = n := !n + k; !n in
  let get () = !n in
  (incr, add, get)

let adders = Array.init 6 (fun i -> fun x -> x + i * i)

let rec nest n acc = if n = 0 then acc else nest (n - 1) (fun x -> acc (x + n))

let () =
  let f = make 1 "two" '3' 4.5 5 true "seven" 8 in
  print_endline (f 10);
  print_endline (f 20);
  let (incr, add, get) = counters () in
  ignore (incr ()); ignore (incr ()); ignore (add 40);
  Printf.printf "counter %d\n" (get ());
  let (i2, _, g2) = counters () in
  ignore (i2 ());
  Printf.printf "independent %d %d\n" (g2 ()) (get ());
  Array.iteri (fun i a -> Printf.printf "adder %d -> %d\n" i (a 100)) adders;
  let g = nest 10 (fun x -> x) in
  Printf.printf "nest %d\n" (g 0);
  (* closure capturing loop variables via a list *)
  let fs = ref [] in
  for i = 1 to 5 do
    let sq = i * i in
    fs := (fun () -> Printf.sprintf "%d^2=%d" i sq) :: !fs
  done;
  List.iter (fun f -> print_string (f () ^ " ")) (List.rev !fs);
  print_newline ();
  (* mutual closures over a shared state *)
  let state = ref [] in
  let push x = state := x :: !state in
  let pop () = match !state with [] -> None | h :: t -> state := t; Some h in
  List.iter push [3; 1; 4; 1; 5; 9; 2; 6];
  let rec drain acc = match pop () with None -> List.rev acc | Some x -> drain (x :: acc) in
  List.iter (Printf.printf "%d ") (drain []); print_newline ();
  (* capturing floats and strings, mixed *)
  let scale = 2.5 and label = "v" in
  let show x = Printf.sprintf "%s=%.2f" label (x *. scale) in
  print_endline (String.concat "," (List.map show [1.0; 2.0; 3.5]))
