(* Inline records in constructors, mutation of inline record fields, exceptions with records. *)
type shape =
  | Circle of { r : float }
  | Rect of { w : float; h : float }
  | Poly of { name : string; mutable sides : int; mutable len : float }
  | Empty

exception Bad_shape of { reason : string; code : int }

let area = function
  | Circle { r } -> 3.0 *. r *. r
  | Rect { w; h } -> w *. h
  | Poly { sides; len; _ } -> float_of_int sides *. len *. len /. 4.0
  | Empty -> 0.0

let describe = function
  | Circle c -> Printf.sprintf "circle r=%.1f" c.r
  | Rect r when r.w = r.h -> Printf.sprintf "square %.1f" r.w
  | Rect r -> Printf.sprintf "rect %.1fx%.1f" r.w r.h
  | Poly p -> Printf.sprintf "%s with %d sides of %.1f" p.name p.sides p.len
  | Empty -> "empty"

let validate s = match s with
  | Circle { r } when r < 0.0 -> raise (Bad_shape { reason = "negative radius"; code = 1 })
  | Poly { sides; _ } when sides < 3 -> raise (Bad_shape { reason = "too few sides"; code = sides })
  | s -> s

let grow = function Poly p -> p.sides <- p.sides + 1; p.len <- p.len *. 1.5 | _ -> ()

let () =
  let shapes = [ Circle { r = 2.0 }; Rect { w = 3.0; h = 4.0 }; Rect { w = 2.0; h = 2.0 };
                 Poly { name = "hex"; sides = 6; len = 1.0 }; Empty ] in
  List.iter (fun s -> Printf.printf "%s: %.2f\n" (describe s) (area s)) shapes;
  let p = List.nth shapes 3 in
  grow p; grow p;
  Printf.printf "after growing: %s (%.3f)\n" (describe p) (area p);
  List.iter (fun s ->
      match validate s with
      | s -> Printf.printf "valid %s\n" (describe s)
      | exception Bad_shape { reason; code } -> Printf.printf "bad shape: %s (%d)\n" reason code)
    [ Circle { r = -1.0 }; Poly { name = "line"; sides = 2; len = 1.0 }; Rect { w = 1.0; h = 1.0 } ];
  (try raise (Bad_shape { reason = "printed"; code = 7 }) with e -> print_endline (Printexc.to_string e));
  Printf.printf "tags: %d %d %d %d\n" (Obj.tag (Obj.repr (Circle { r = 1.0 }))) (Obj.tag (Obj.repr (Rect { w = 1.0; h = 1.0 })))
    (Obj.tag (Obj.repr p)) (Obj.magic Empty : int)
