(* Queue and Stack: push/pop/peek/top, is_empty, length, iter and fold order, transfer,
   copy independence, to_seq/add_seq/of_seq, clear, Empty exceptions, and a BFS and a
   bracket matcher built on them *)
let () =
  let q = Queue.create () in
  List.iter (fun x -> Queue.add x q) [ 1; 2; 3; 4; 5 ];
  Queue.push 6 q;
  Printf.printf "length %d peek %d\n" (Queue.length q) (Queue.peek q);
  Printf.printf "take %d pop %d\n" (Queue.take q) (Queue.pop q);
  print_string "iter:"; Queue.iter (Printf.printf " %d") q; print_newline ();
  Printf.printf "fold %s\n" (Queue.fold (fun acc x -> acc ^ string_of_int x) "" q);
  let c = Queue.copy q in
  ignore (Queue.take c);
  Printf.printf "copy %d original %d\n" (Queue.length c) (Queue.length q);
  let dst = Queue.of_seq (List.to_seq [ 100; 200 ]) in
  Queue.transfer q dst;
  Printf.printf "after transfer: q %d (empty %b) dst [%s]\n" (Queue.length q) (Queue.is_empty q)
    (Queue.to_seq dst |> List.of_seq |> List.map string_of_int |> String.concat ";");
  Queue.add_seq q (List.to_seq [ 7; 8 ]);
  Printf.printf "take_opt %s %s %s\n" (Option.fold ~none:"none" ~some:string_of_int (Queue.take_opt q))
    (Option.fold ~none:"none" ~some:string_of_int (Queue.take_opt q)) (Option.fold ~none:"none" ~some:string_of_int (Queue.take_opt q));
  (try ignore (Queue.peek q) with Queue.Empty -> print_endline "peek: Empty");
  Queue.clear dst;
  Printf.printf "cleared %d\n" (Queue.length dst)

let () =
  let s = Stack.create () in
  for i = 1 to 5 do Stack.push (i * 10) s done;
  Printf.printf "top %d length %d\n" (Stack.top s) (Stack.length s);
  print_string "iter:"; Stack.iter (Printf.printf " %d") s; print_newline ();
  Printf.printf "pop %d %d\n" (Stack.pop s) (Stack.pop s);
  Printf.printf "fold %d\n" (Stack.fold (fun acc x -> acc * 2 + x) 0 s);
  let c = Stack.copy s in
  Stack.clear s;
  Printf.printf "cleared %b copy %d pop_opt %s top_opt %s\n" (Stack.is_empty s) (Stack.length c)
    (match Stack.pop_opt s with None -> "none" | Some x -> string_of_int x) (match Stack.top_opt c with None -> "none" | Some x -> string_of_int x);
  (try ignore (Stack.pop s) with Stack.Empty -> print_endline "pop: Empty");
  Printf.printf "to_seq [%s]\n" (Stack.to_seq c |> List.of_seq |> List.map string_of_int |> String.concat ";")

(* breadth-first search on a grid with walls *)
let () =
  let w = 30 and h = 20 in
  let wall x y = (x mod 6 = 3 && y <> (x * 3) mod h) || (y mod 7 = 4 && x mod 11 = 0) in
  let dist = Array.make_matrix w h (-1) in
  let q = Queue.create () in
  dist.(0).(0) <- 0; Queue.add (0, 0) q;
  while not (Queue.is_empty q) do
    let x, y = Queue.take q in
    List.iter (fun (dx, dy) ->
        let nx = x + dx and ny = y + dy in
        if nx >= 0 && ny >= 0 && nx < w && ny < h && not (wall nx ny) && dist.(nx).(ny) < 0 then begin
          dist.(nx).(ny) <- dist.(x).(y) + 1; Queue.add (nx, ny) q end)
      [ (1, 0); (-1, 0); (0, 1); (0, -1) ]
  done;
  let reached = Array.fold_left (fun a col -> Array.fold_left (fun a d -> if d >= 0 then a + 1 else a) a col) 0 dist in
  Printf.printf "bfs: reached %d, distance to corner %d\n" reached dist.(w - 1).(h - 1)

(* bracket matching with a stack *)
let balanced str =
  let s = Stack.create () in
  try
    String.iter (fun c -> match c with
        | '(' | '[' | '{' -> Stack.push c s
        | ')' -> if Stack.pop s <> '(' then raise Exit
        | ']' -> if Stack.pop s <> '[' then raise Exit
        | '}' -> if Stack.pop s <> '{' then raise Exit
        | _ -> ()) str;
    Stack.is_empty s
  with Exit | Stack.Empty -> false

let () = List.iter (fun t -> Printf.printf "%S %b\n" t (balanced t)) [ "()"; "([{}])"; "(]"; "((("; "a(b[c]{d}e)f"; ")("; "" ]
