(* Records: mutable fields, functional update, nested records, float records. *)
type point = { x : int; y : int }
type account = { owner : string; mutable balance : int; mutable history : int list }
type vec = { vx : float; vy : float; vz : float }   (* all-float: flat float record *)
type shape = { name : string; origin : point; mutable scale : float }

let show_p p = Printf.sprintf "(%d,%d)" p.x p.y
let deposit acc n = acc.balance <- acc.balance + n; acc.history <- n :: acc.history
let withdraw acc n =
  if n > acc.balance then Error (Printf.sprintf "%s: insufficient (%d < %d)" acc.owner acc.balance n)
  else (acc.balance <- acc.balance - n; acc.history <- (-n) :: acc.history; Ok acc.balance)

let add v w = { vx = v.vx +. w.vx; vy = v.vy +. w.vy; vz = v.vz +. w.vz }
let dot v w = v.vx *. w.vx +. v.vy *. w.vy +. v.vz *. w.vz
let show_v v = Printf.sprintf "<%.3f %.3f %.3f>" v.vx v.vy v.vz

let () =
  let p = { x = 1; y = 2 } in
  let q = { p with y = 20 } in
  let r = { q with x = -5 } in
  Printf.printf "%s %s %s\n" (show_p p) (show_p q) (show_p r);
  Printf.printf "equal %b %b, compare %d\n" (p = { x = 1; y = 2 }) (p == q) (compare p q);
  let a = { owner = "ann"; balance = 10; history = [] } in
  deposit a 50; deposit a 5;
  (match withdraw a 100 with Ok b -> Printf.printf "ok %d\n" b | Error e -> print_endline e);
  (match withdraw a 30 with Ok b -> Printf.printf "ok %d\n" b | Error e -> print_endline e);
  Printf.printf "history %s\n" (String.concat " " (List.map string_of_int a.history));
  let b = { a with owner = "bob" } in
  deposit b 1;
  Printf.printf "a=%d b=%d (copies are independent)\n" a.balance b.balance;
  let v = { vx = 1.5; vy = -2.0; vz = 0.25 } in
  let w = { v with vy = 4.0 } in
  print_endline (show_v (add v w));
  Printf.printf "dot %.4f tag %d\n" (dot v w) (Obj.tag (Obj.repr v));
  let s = { name = "sq"; origin = { x = 3; y = 4 }; scale = 1.0 } in
  s.scale <- s.scale *. 2.5;
  let s2 = { s with origin = { (s.origin) with x = 0 } } in
  Printf.printf "%s %s %.2f / %s %s %.2f\n" s.name (show_p s.origin) s.scale s2.name (show_p s2.origin) s2.scale;
  let pts = List.init 6 (fun i -> { x = i * 7 mod 5; y = i }) in
  let sorted = List.sort (fun a b -> compare (a.x, a.y) (b.x, b.y)) pts in
  print_endline (String.concat " " (List.map show_p sorted));
  let { x; y = yy } = List.nth sorted 2 in
  Printf.printf "destructured x=%d y=%d\n" x yy;
  let total = List.fold_left (fun acc { x; _ } -> acc + x) 0 pts in
  Printf.printf "total x %d\n" total
