(* Division_by_zero, uncaught, raised in a nested function after printing with Printf
   (buffered stdout must still be flushed before the exit code 2) *)
let average l = List.fold_left ( + ) 0 l / List.length l

let () =
  Printf.printf "average [1..9] = %d\n" (average (List.init 9 succ));
  Printf.printf "average [10;20] = %d\n" (average [10; 20]);
  Printf.printf "average [] = %d\n" (average [])
