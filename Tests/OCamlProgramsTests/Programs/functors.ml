module type ORDERED = sig type t val compare : t -> t -> int val show : t -> string end
module MaxOf (O : ORDERED) = struct
  let max_list = function [] -> None | x :: r -> Some (List.fold_left (fun a b -> if O.compare a b >= 0 then a else b) x r)
  let show_max l = match max_list l with None -> "none" | Some m -> O.show m
end
module I = MaxOf (struct type t = int let compare = compare let show = string_of_int end)
module S = MaxOf (struct type t = string let compare = compare let show s = s end)
let () = print_endline (I.show_max [3; 9; 2]); print_endline (S.show_max ["pear"; "apple"; "zebra"]); print_endline (I.show_max [])
