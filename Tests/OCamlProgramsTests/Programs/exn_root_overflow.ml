(* unbounded recursion whose every level keeps many values alive across its recursive call
   (without allocating): each level's root frame is bigger than its native frame, so the
   root stack runs out first; Stack_overflow is raised and caught, and the program goes on
   working *)
let pick t k = Sys.opaque_identity (List.nth t k)

let rec wide n t =
  let a0 = pick t 0 and _a1 = pick t 1 and _a2 = pick t 2 and _a3 = pick t 3 and _a4 = pick t 4 in
  let _a5 = pick t 5 and _a6 = pick t 6 and _a7 = pick t 7 and _a8 = pick t 8 and _a9 = pick t 9 in
  let _b0 = pick t 10 and _b1 = pick t 11 and _b2 = pick t 12 and _b3 = pick t 13 and _b4 = pick t 14 in
  let _b5 = pick t 15 and _b6 = pick t 16 and _b7 = pick t 17 and _b8 = pick t 18 and _b9 = pick t 19 in
  let _c0 = pick t 20 and _c1 = pick t 21 and _c2 = pick t 22 and _c3 = pick t 23 and _c4 = pick t 24 in
  let _c5 = pick t 25 and _c6 = pick t 26 and _c7 = pick t 27 and _c8 = pick t 28 and c9 = pick t 29 in
  let r = wide (n + 1) t in
  (* the values stay on ocamlc's stack (and in the root frame) until the function returns *)
  r + n + String.length a0 + String.length c9

let rec narrow n s = if n = 0 then String.length s else 1 + narrow (n - 1) (s ^ "")

let attempt name f =
  match f () with
  | v -> Printf.printf "%s: returned %d\n" name v
  | exception Stack_overflow -> Printf.printf "%s: Stack_overflow caught\n" name

let () =
  let t = List.init 30 (fun k -> String.make (k + 1) 'x') in
  attempt "wide" (fun () -> wide 0 t);
  attempt "narrow" (fun () -> narrow 1000 "x");
  attempt "wide again" (fun () -> wide 0 t);
  let l = List.init 2000 string_of_int in
  Printf.printf "lengths %d\n" (List.fold_left (fun acc x -> acc + String.length x) 0 (List.map (fun x -> x ^ x) l))
