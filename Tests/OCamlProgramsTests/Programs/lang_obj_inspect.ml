(* Obj.repr / Obj.tag / Obj.size / Obj.field / Obj.magic: inspecting the value representation. *)
type r = { a : int; b : string; c : int list }
type v = A | B | C of int | D of string * int | E of { x : int }

let rec describe depth (o : Obj.t) =
  if Obj.is_int o then Printf.sprintf "int %d" (Obj.obj o : int)
  else
    let tag = Obj.tag o in
    if tag = Obj.string_tag then Printf.sprintf "string %S" (Obj.obj o : string)
    else if tag = Obj.double_tag then Printf.sprintf "float %g" (Obj.obj o : float)
    else if tag = Obj.closure_tag then "closure"
    else if tag = Obj.object_tag then "object"
    else if tag = Obj.double_array_tag then Printf.sprintf "float array of %d" (Array.length (Obj.obj o : float array))
    else if depth > 3 then "..."
    else
      let fields = List.init (Obj.size o) (fun i -> describe (depth + 1) (Obj.field o i)) in
      Printf.sprintf "block tag %d [%s]" tag (String.concat "; " fields)

let show x = print_endline (describe 0 (Obj.repr x))

let () =
  show 42; show (-1); show true; show (); show 'a'; show [];
  show [1; 2]; show (Some 3); show None; show (1, "two", 3.0);
  show { a = 1; b = "b"; c = [7] };
  List.iter show [ A; B; C 5; D ("d", 6); E { x = 9 } ];
  show "str"; show 2.5; show [| 1.0; 2.0 |]; show [| 1; 2; 3 |];
  show (fun x -> x + 1);
  show (ref 10);
  show (lazy 1);
  show `Tag; show (`Tag 1);
  (* Obj.magic between compatible representations *)
  let b : bool = Obj.magic 1 in
  let i : int = Obj.magic 'A' in
  let u : int = Obj.magic () in
  Printf.printf "magic %b %d %d %d\n" b i u (Obj.magic None : int);
  let l : int list = Obj.magic (Some 5 :: []) in
  ignore l;
  (* Obj.set_field on a fresh block and Obj.new_block *)
  let blk = Obj.new_block 3 2 in
  Obj.set_field blk 0 (Obj.repr 100);
  Obj.set_field blk 1 (Obj.repr "x");
  show (Obj.obj blk : int * string);
  let (n, s) = (Obj.obj blk : int * string) in
  Printf.printf "new_block %d %s tag %d\n" n s (Obj.tag blk);
  let d = Obj.dup (Obj.repr (1, 2, 3)) in
  Obj.set_field d 0 (Obj.repr 99);
  show (Obj.obj d : int * int * int);
  Printf.printf "dup is a copy %b %b\n" (Obj.field d 1 == Obj.repr 2) (Obj.repr (1, 2, 3) != d)
