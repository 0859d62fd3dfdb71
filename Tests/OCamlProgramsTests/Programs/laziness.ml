let count = ref 0
let v = lazy (incr count; 6 * 7)
let () =
  Printf.printf "%d %d\n" !count (Lazy.force v);
  Printf.printf "%d %d\n" (Lazy.force v) !count;
  let s = Seq.map (fun x -> x * x) (List.to_seq [1; 2; 3; 4; 5]) in
  Seq.iter (Printf.printf "%d ") s; print_newline ()
