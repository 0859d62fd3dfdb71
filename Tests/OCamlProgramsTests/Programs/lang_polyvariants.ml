(* Polymorphic variants: with and without arguments, open/closed types, coercions, hashing. *)
type basic = [ `Red | `Green | `Blue ]
type extended = [ basic | `Rgb of int * int * int | `Named of string ]

let basic_name : basic -> string = function `Red -> "red" | `Green -> "green" | `Blue -> "blue"

let ext_name : extended -> string = function
  | #basic as b -> "basic " ^ basic_name b
  | `Rgb (r, g, b) -> Printf.sprintf "rgb(%d,%d,%d)" r g b
  | `Named s -> "named " ^ s

let to_ext (b : basic) = (b :> extended)

let rec sum = function
  | `Nil -> 0
  | `Cons (x, rest) -> x + sum rest

let open_match = function
  | `A -> 1 | `B n -> n | `C (a, b) -> a * b | _ -> -1

let tag_int (v : [> `A | `B of int ]) = match v with `A -> "A" | `B n -> "B" ^ string_of_int n | _ -> "other"

let () =
  List.iter (fun c -> print_endline (ext_name c))
    [ `Red; `Rgb (1, 2, 3); `Named "teal"; to_ext `Blue; (`Green :> extended) ];
  Printf.printf "sum %d\n" (sum (`Cons (1, `Cons (2, `Cons (39, `Nil)))));
  Printf.printf "open %d %d %d %d\n" (open_match `A) (open_match (`B 7)) (open_match (`C (6, 7))) (open_match `D);
  print_endline (tag_int `A ^ " " ^ tag_int (`B 3) ^ " " ^ tag_int `Zzz);
  (* the runtime value of a constant tag is its hash; compare against Hashtbl.hash_variant's rule *)
  let tags = [ (Obj.magic `Red : int); (Obj.magic `Green : int); (Obj.magic `Blue : int); (Obj.magic `A : int) ] in
  List.iter (Printf.printf "%d ") tags; print_newline ();
  let v = `Rgb (10, 20, 30) in
  let r = Obj.repr v in
  Printf.printf "block tag %d size %d hash field %d\n" (Obj.tag r) (Obj.size r) (Obj.obj (Obj.field r 0) : int);
  (* polymorphic comparison and hashing of polymorphic variants *)
  let l = List.sort compare [ `B 2; `A; `B 1; `C (0, 0); `A ] in
  List.iter (fun v -> print_string (match v with `A -> "A " | `B n -> Printf.sprintf "B%d " n | `C _ -> "C ")) l;
  print_newline ();
  Printf.printf "hash %d %d %b\n" (Hashtbl.hash `Red) (Hashtbl.hash (`Named "x")) (`Named "x" = `Named "x");
  let tbl = Hashtbl.create 8 in
  List.iter (fun k -> Hashtbl.replace tbl k (ext_name k)) [ `Red; `Named "a"; `Rgb (0, 0, 0); `Red ];
  Printf.printf "table size %d, red -> %s\n" (Hashtbl.length tbl) (Hashtbl.find tbl `Red);
  (* a function accepting a closed subset, applied to values from a larger type via coercion *)
  let only_basic (l : basic list) = List.map basic_name l in
  print_endline (String.concat "," (only_basic [ `Red; `Blue ]));
  let widen (l : basic list) : extended list = (l :> extended list) in
  print_endline (String.concat "," (List.map ext_name (widen [ `Green ] @ [ `Named "z" ])))
