(* Counting the solutions of the n-queens problem with lists: allocation, closures, List. *)
let rec safe q d = function
  | [] -> true
  | c :: rest -> c <> q && c <> q + d && c <> q - d && safe q (d + 1) rest

let rec count n placed row =
  if row = n then 1
  else begin
    let total = ref 0 in
    for q = 0 to n - 1 do
      if safe q 1 placed then total := !total + count n (q :: placed) (row + 1)
    done;
    !total
  end

let () =
  List.iter (fun n -> Printf.printf "queens %d = %d\n" n (count n [] 0)) [4; 5; 6; 7; 8; 9; 10]
