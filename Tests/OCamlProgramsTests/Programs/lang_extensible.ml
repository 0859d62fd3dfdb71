(* Extensible variants (type t += ...), their constructors' names and ids, matching with fallbacks. *)
type event = ..
type event += Click of int * int | Key of char
type event += Quit

module Plugin = struct
  type event += Scroll of { delta : int }
  let handle = function Scroll { delta } -> Some (Printf.sprintf "scroll %d" delta) | _ -> None
end

type event += Resize of int * int

let handlers : (event -> string option) list ref = ref []
let register h = handlers := h :: !handlers
let dispatch e =
  let rec go = function [] -> "unhandled" | h :: rest -> (match h e with Some s -> s | None -> go rest) in
  go !handlers

let () =
  register (function Click (x, y) -> Some (Printf.sprintf "click %d,%d" x y) | Key c -> Some (Printf.sprintf "key %c" c) | _ -> None);
  register Plugin.handle;
  register (function Quit -> Some "quit" | _ -> None);
  let events = [ Click (1, 2); Key 'q'; Plugin.Scroll { delta = -3 }; Resize (80, 24); Quit ] in
  List.iter (fun e -> print_endline (dispatch e)) events;
  let name e = Obj.Extension_constructor.name (Obj.Extension_constructor.of_val e) in
  print_endline (String.concat ", " (List.map name events));
  Printf.printf "same constructor %b, different %b\n"
    (Obj.Extension_constructor.of_val (Click (0, 0)) == Obj.Extension_constructor.of_val (Click (5, 5)))
    (Obj.Extension_constructor.of_val Quit == Obj.Extension_constructor.of_val (Key 'x'));
  Printf.printf "equality %b %b\n" (Click (1, 1) = Click (1, 1)) (Key 'a' = Key 'b');
  (* exceptions are an extensible variant too *)
  let exns = [ Not_found; Failure "f"; Exit ] in
  print_endline (String.concat ", " (List.map (fun e -> Obj.Extension_constructor.name (Obj.Extension_constructor.of_val e)) exns));
  (* local extension in a function: a new constructor each time the module is applied *)
  let module Local = struct type event += Local_ev of string end in
  register (function Local.Local_ev s -> Some ("local " ^ s) | _ -> None);
  print_endline (dispatch (Local.Local_ev "hi"));
  print_endline (dispatch Quit)
