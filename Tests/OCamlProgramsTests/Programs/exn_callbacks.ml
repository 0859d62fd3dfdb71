(* exceptions raised inside callbacks that Stdlib functions call (List.iter/map/fold,
   Array.iter/sort/init, Hashtbl.iter/fold, String.iter, Seq, Buffer, Printf's %a) escape
   cleanly to the caller's handler, leaving the structures usable *)
exception Stop of int

let try_it name f = match f () with v -> Printf.printf "%s: %d\n" name v | exception Stop n -> Printf.printf "%s: Stop %d\n" name n

let () =
  try_it "List.iter" (fun () -> List.iter (fun x -> if x = 5 then raise (Stop x)) [ 1; 2; 5; 6 ]; 0);
  try_it "List.map" (fun () -> List.length (List.map (fun x -> if x > 2 then raise (Stop (x * 10)) else x) [ 1; 2; 3 ]));
  try_it "List.fold_left" (fun () -> List.fold_left (fun a x -> if a > 10 then raise (Stop a) else a + x) 0 (List.init 20 Fun.id));
  try_it "List.fold_right" (fun () -> List.fold_right (fun x a -> if x = 3 then raise (Stop a) else a + x) (List.init 10 Fun.id) 0);
  try_it "List.sort" (fun () -> List.length (List.sort (fun a b -> if a = 7 || b = 7 then raise (Stop 7) else compare a b) (List.init 10 (fun i -> 9 - i))));
  try_it "Array.init" (fun () -> Array.length (Array.init 10 (fun i -> if i = 4 then raise (Stop i) else i)));
  try_it "Array.sort" (fun () -> let a = Array.init 50 (fun i -> 49 - i) in Array.sort (fun x y -> if x + y = 50 then raise (Stop x) else compare x y) a; a.(0));
  try_it "Array.iteri" (fun () -> Array.iteri (fun i x -> if x * i > 20 then raise (Stop i)) [| 1; 2; 3; 4; 5; 6 |]; -1);
  let h = Hashtbl.create 8 in
  for i = 1 to 20 do Hashtbl.replace h i (i * i) done;
  try_it "Hashtbl.iter" (fun () -> Hashtbl.iter (fun k _ -> if k = 13 then raise (Stop k)) h; 0);
  try_it "Hashtbl.fold" (fun () -> Hashtbl.fold (fun k v acc -> if v > 300 then raise (Stop k) else acc + 1) h 0);
  Printf.printf "table intact: %d entries, 13 -> %d\n" (Hashtbl.length h) (Hashtbl.find h 13);
  try_it "String.iter" (fun () -> String.iter (fun c -> if c = 'x' then raise (Stop (Char.code c))) "abcxyz"; 0);
  try_it "String.map" (fun () -> String.length (String.map (fun c -> if c = 'q' then raise (Stop 1) else c) "no q here? q"));
  try_it "Seq" (fun () -> Seq.fold_left ( + ) 0 (Seq.map (fun x -> if x = 4 then raise (Stop x) else x) (List.to_seq [ 1; 2; 3; 4; 5 ])));
  let pp _oc n = if n < 0 then raise (Stop n) else print_string (string_of_int n) in
  try_it "Printf %a" (fun () -> Printf.printf "[%a]" pp 5; Printf.printf "[%a]" pp (-2); 0);
  print_newline ();
  try_it "Option.map" (fun () -> Option.get (Option.map (fun x -> raise (Stop x)) (Some 9)));
  try_it "Fun.protect" (fun () -> Fun.protect ~finally:(fun () -> print_endline "finally ran") (fun () -> raise (Stop 11)))

(* a handler in the callback itself, nested inside an outer handler *)
let () =
  let log = ref [] in
  (try
     List.iter (fun x ->
         try if x mod 2 = 0 then raise (Stop x) else log := x :: !log
         with Stop n when n < 6 -> log := (-n) :: !log) (List.init 10 Fun.id)
   with Stop n -> log := (1000 + n) :: !log);
  Printf.printf "log %s\n" (String.concat " " (List.rev_map string_of_int !log))
