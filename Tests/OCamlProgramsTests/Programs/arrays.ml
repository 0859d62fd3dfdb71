let () =
  let a = Array.init 10 (fun i -> 10 - i) in
  Array.sort compare a;
  print_endline (String.concat " " (Array.to_list (Array.map string_of_int a)));
  let m = Array.make_matrix 3 4 0 in
  for i = 0 to 2 do for j = 0 to 3 do m.(i).(j) <- i * j done done;
  Printf.printf "%d %d\n" m.(2).(3) (Array.length m.(0));
  let f = [| 1.5; 2.5; 3.0 |] in
  Printf.printf "%.1f %d\n" (Array.fold_left (+.) 0.0 f) (Array.length f);
  let b = Array.append a [| 100 |] in
  Printf.printf "%d %d\n" (Array.length b) b.(10);
  Printf.printf "%d\n" (Array.fold_right (fun x acc -> x - acc) a 0)
