(* A huge allocation request. The firmware's heap (256 KiB by default) cannot satisfy
   these, so it must raise Out_of_memory to the program's handler (never crash) and keep
   working; a 64-bit host ocamlrun may simply grant them. So the program prints only what
   both agree on: that every attempt ended in either a granted block of the asked size or
   Out_of_memory, and that the heap works afterwards. (Bytes.create: the host does not
   touch the memory it grants, so the oracle stays fast.) *)
let attempt size =
  match Bytes.create size with
  | b -> Bytes.length b = size
  | exception Out_of_memory -> true

let () =
  let sizes = [ 1 lsl 20; 3 lsl 20; 16 lsl 20; 100 lsl 20 ] in
  List.iter (fun s -> Printf.printf "request %d MiB handled: %b\n" (s lsr 20) (attempt s)) sizes

(* the heap still works: allocate, fill, and sum a modest structure after each attempt *)
let () =
  for round = 1 to 5 do
    ignore (attempt (8 lsl 20));
    let l = List.init 2000 (fun i -> i * round) in
    let a = Array.of_list l in
    Printf.printf "round %d: %d %d\n" round (List.fold_left ( + ) 0 l) (Array.length a)
  done

(* an allocation failure inside a deeper computation propagates through frames *)
let rec nest n = if n = 0 then (match Bytes.create (64 lsl 20) with b -> Bytes.length b > 0 | exception Out_of_memory -> true) else nest (n - 1)
let () = Printf.printf "nested: %b\n" (nest 100)

let () =
  let b = Buffer.create 16 in
  for i = 1 to 1000 do Buffer.add_string b (string_of_int i) done;
  Printf.printf "buffer %d %s\n" (Buffer.length b) (Buffer.sub b 0 20)
