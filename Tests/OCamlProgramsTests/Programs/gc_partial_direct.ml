(* Partial applications whose held arguments and new ones make exactly the function's
   arity (one or two held, at most five in all) are called directly with every argument in
   registers (SupportCode's caml_pap_entry): the held values are heap blocks and the callees
   allocate enough to collect many times while they are only in the callee's hands. *)
let build n tag = List.init n (fun i -> Printf.sprintf "%s-%d" tag i)

let f2 (xs : string list) (k : int) = List.length (List.filter (fun s -> String.length s > k) (List.rev_map (fun s -> s ^ "!") xs))
let f3 xs ys k = List.fold_left (fun a s -> a + String.length s) k (List.rev_append (List.map String.uppercase_ascii xs) ys)
let f4 xs ys zs k = List.length xs + List.length ys + List.length zs + String.length (String.concat "" (build k "q"))
let f5 a b c d e = String.length (String.concat "," [a; b; c; d; string_of_int e]) + List.length (build 50 a)
let f6 a b c d e f = a + b + c + d + e + f

let () =
  let xs = build 200 "x" and ys = build 150 "y" and zs = build 100 "z" in
  let p1 = f2 xs in                  (* held 1, new 1 *)
  let p2 = f3 xs in                  (* held 1, new 2 *)
  let p3 = f3 xs ys in               (* held 2, new 1 *)
  let p4 = f4 xs ys in               (* held 2, new 2 *)
  let p5 = f5 "aa" in                (* held 1, new 4 *)
  let p6 = f5 "bb" "cc" in           (* held 2, new 3 *)
  let p7 = f6 1 in                   (* total 6: the generic path *)
  let total = ref 0 in
  for i = 1 to 60 do
    total := !total + p1 (i mod 5) + p2 ys i + p3 i + p4 zs (i mod 7) + p5 "d" "e" "f" i + p6 "g" "h" i + p7 2 3 4 5 i;
    (* and through a function that receives them as plain closures *)
    let apply g = g 3 in
    total := !total + apply p1 + apply p3
  done;
  Printf.printf "%d %d %d\n" !total (List.length xs) (String.length (List.nth ys 149))
