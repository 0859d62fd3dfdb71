(* First-class modules: packing, unpacking, lists of modules, modules chosen at run time. *)
module type SHAPE = sig val name : string val area : float -> float end
module type STACK = sig type t val empty : t val push : int -> t -> t val to_list : t -> int list end

module Square : SHAPE = struct let name = "square" let area s = s *. s end
module Circle : SHAPE = struct let name = "circle" let area r = 3.0 *. r *. r end
module Tri : SHAPE = struct let name = "triangle" let area s = s *. s /. 2.0 end

let shapes : (module SHAPE) list = [ (module Square); (module Circle); (module Tri) ]

let describe (module S : SHAPE) x = Printf.sprintf "%s(%.1f)=%.2f" S.name x (S.area x)

let make_scaled k : (module SHAPE) =
  (module struct let name = "scaled" ^ string_of_int k let area x = float_of_int k *. x end)

module ListStack = struct type t = int list let empty = [] let push x s = x :: s let to_list s = s end
module RevStack = struct type t = int list let empty = [] let push x s = s @ [x] let to_list s = s end

let fill (type s) (module St : STACK with type t = s) l =
  St.to_list (List.fold_left (fun s x -> St.push x s) St.empty l)

module type MONOID = sig type t val zero : t val add : t -> t -> t val show : t -> string end
let sum (type a) (module M : MONOID with type t = a) (l : a list) = M.show (List.fold_left M.add M.zero l)
let int_monoid = (module struct type t = int let zero = 0 let add = ( + ) let show = string_of_int end : MONOID with type t = int)
let str_monoid = (module struct type t = string let zero = "" let add = ( ^ ) let show s = s end : MONOID with type t = string)

let () =
  List.iter (fun s -> print_endline (describe s 2.0)) shapes;
  List.iter (fun s -> print_endline (describe s 1.5)) (List.map make_scaled [1; 2; 3]);
  let pick name = List.find (fun (module S : SHAPE) -> S.name = name) shapes in
  let (module P) = pick "circle" in
  Printf.printf "picked %s %.1f\n" P.name (P.area 1.0);
  (try ignore (pick "hexagon") with Not_found -> print_endline "no hexagon");
  print_endline (String.concat " " (List.map string_of_int (fill (module ListStack) [1; 2; 3])));
  print_endline (String.concat " " (List.map string_of_int (fill (module RevStack) [1; 2; 3])));
  print_endline (sum int_monoid [1; 2; 3; 4]);
  print_endline (sum str_monoid ["mo"; "no"; "id"]);
  let table = Hashtbl.create 4 in
  List.iter (fun ((module S : SHAPE) as m) -> Hashtbl.replace table S.name m) shapes;
  let (module T) = Hashtbl.find table "triangle" in
  Printf.printf "from table %s %.2f\n" T.name (T.area 3.0)
