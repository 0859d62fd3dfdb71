(* %a, %t, %! and %% with custom printers, and nested sprintf. *)
type point = { x : int; y : int }
type shape = Circle of point * int | Rect of point * point | Group of shape list

let pp_point oc p = Printf.fprintf oc "(%d,%d)" p.x p.y
let rec pp_shape oc = function
  | Circle (c, r) -> Printf.fprintf oc "circle %a r=%d" pp_point c r
  | Rect (a, b) -> Printf.fprintf oc "rect %a-%a" pp_point a pp_point b
  | Group l ->
    output_string oc "group[";
    List.iteri (fun i s -> if i > 0 then output_string oc "; "; pp_shape oc s) l;
    output_string oc "]"

let bp_point b p = Printf.bprintf b "<%d %d>" p.x p.y
let now oc = output_string oc "T"

let () =
  let shapes = [Circle ({x=1;y=2}, 3); Rect ({x=0;y=0}, {x=4;y=5});
                Group [Circle ({x= -1;y= -1}, 1); Group []; Rect ({x=9;y=9},{x=10;y=10})]] in
  List.iter (fun s -> Printf.printf "%a\n" pp_shape s) shapes;
  Printf.printf "%t-%t-%t\n" now now now;
  Printf.printf "flush%!ed %d%%\n" 100;
  let b = Buffer.create 8 in
  Printf.bprintf b "%a and %a" bp_point {x=1;y=1} bp_point {x=2;y=3};
  print_endline (Buffer.contents b);
  let s = Printf.sprintf "%a|%t" (fun () n -> string_of_int (n * n)) 12 (fun () -> "tee") in
  print_endline s;
  let twice pp oc v = pp oc v; output_char oc '/'; pp oc v in
  Printf.printf "%a\n" (twice pp_point) {x=7;y=8}
