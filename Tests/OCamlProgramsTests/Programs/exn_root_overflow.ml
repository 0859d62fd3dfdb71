(* unbounded recursion whose every level keeps many values alive across its recursive call:
   each level's root frame is bigger than its native frame, so the root stack runs out
   first; Stack_overflow is raised and caught, and the program goes on working *)
let rec wide n a b c d e f g h i j k l m o p q =
  let r = wide (n + 1) b c d e f g h i j k l m o p q a in
  r + String.length a + String.length b + String.length c + String.length d
  + String.length e + String.length f + String.length g + String.length h + String.length i
  + String.length j + String.length k + String.length l + String.length m + String.length o
  + String.length p + String.length q + n

let rec narrow n s = if n = 0 then String.length s else 1 + narrow (n - 1) (s ^ "")

let attempt name f =
  match f () with
  | v -> Printf.printf "%s: returned %d\n" name v
  | exception Stack_overflow -> Printf.printf "%s: Stack_overflow caught\n" name

let () =
  let s x = String.make 3 x in
  attempt "wide" (fun () -> wide 0 (s 'a') (s 'b') (s 'c') (s 'd') (s 'e') (s 'f') (s 'g') (s 'h')
                              (s 'i') (s 'j') (s 'k') (s 'l') (s 'm') (s 'o') (s 'p') (s 'q'));
  attempt "narrow" (fun () -> narrow 1000 "x");
  attempt "wide again" (fun () -> wide 0 "" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "");
  let l = List.init 2000 string_of_int in
  Printf.printf "lengths %d\n" (List.fold_left (fun acc x -> acc + String.length x) 0 (List.map (fun x -> x ^ x) l))
