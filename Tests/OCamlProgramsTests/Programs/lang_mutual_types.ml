(* Mutually recursive types and functions: trees and forests, a tiny JSON-like value. *)
type tree = Node of string * forest
and forest = Empty | Trees of tree * forest

type value = Null | Bool of bool | Num of int | Str of string | List of value list | Obj of field list
and field = { key : string; value : value }

let rec tree_size (Node (_, f)) = 1 + forest_size f
and forest_size = function Empty -> 0 | Trees (t, rest) -> tree_size t + forest_size rest

let rec tree_depth (Node (_, f)) = 1 + forest_depth f
and forest_depth = function Empty -> 0 | Trees (t, rest) -> max (tree_depth t) (forest_depth rest)

let rec tree_labels (Node (l, f)) = l :: forest_labels f
and forest_labels = function Empty -> [] | Trees (t, rest) -> tree_labels t @ forest_labels rest

let rec to_string = function
  | Null -> "null"
  | Bool b -> string_of_bool b
  | Num n -> string_of_int n
  | Str s -> Printf.sprintf "%S" s
  | List l -> "[" ^ String.concat "," (List.map to_string l) ^ "]"
  | Obj fs -> "{" ^ String.concat "," (List.map field_to_string fs) ^ "}"
and field_to_string { key; value } = Printf.sprintf "%S:%s" key (to_string value)

let rec count_nums = function
  | Num _ -> 1
  | List l -> List.fold_left (fun a v -> a + count_nums v) 0 l
  | Obj fs -> List.fold_left (fun a f -> a + count_nums f.value) 0 fs
  | _ -> 0

let rec lookup path v = match path, v with
  | [], v -> Some v
  | k :: rest, Obj fs -> (match List.find_opt (fun f -> f.key = k) fs with Some f -> lookup rest f.value | None -> None)
  | k :: rest, List l -> (match int_of_string_opt k with
      | Some i when i >= 0 && i < List.length l -> lookup rest (List.nth l i) | _ -> None)
  | _ -> None

let leaf s = Node (s, Empty)
let rec forest_of = function [] -> Empty | t :: rest -> Trees (t, forest_of rest)

let () =
  let t = Node ("root", forest_of [ leaf "a"; Node ("b", forest_of [ leaf "b1"; Node ("b2", forest_of [ leaf "deep" ]) ]); leaf "c" ]) in
  Printf.printf "size %d depth %d\n" (tree_size t) (tree_depth t);
  print_endline (String.concat " " (tree_labels t));
  let doc = Obj [ { key = "name"; value = Str "kiln" }; { key = "ok"; value = Bool true };
                  { key = "nums"; value = List [ Num 1; Num 2; Obj [ { key = "x"; value = Num 3 } ] ] };
                  { key = "none"; value = Null } ] in
  print_endline (to_string doc);
  Printf.printf "nums %d\n" (count_nums doc);
  List.iter (fun p -> Printf.printf "%s -> %s\n" (String.concat "." p)
                (match lookup p doc with Some v -> to_string v | None -> "missing"))
    [ ["name"]; ["nums"; "2"; "x"]; ["nums"; "5"]; ["ok"; "x"]; [] ]
