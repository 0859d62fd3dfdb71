(* Nested Format boxes printing a tree that wraps at different margins. *)
type tree = Leaf of string | Node of string * tree list

let rec pp ppf = function
  | Leaf s -> Format.pp_print_string ppf s
  | Node (name, kids) ->
    Format.fprintf ppf "@[<hv 2>%s(@," name;
    List.iteri (fun i k -> if i > 0 then Format.fprintf ppf ",@ "; pp ppf k) kids;
    Format.fprintf ppf "@;<0 -2>)@]"

let sample =
  Node ("root", [Leaf "a"; Node ("left", [Leaf "bb"; Leaf "ccc"; Node ("deep", [Leaf "x"; Leaf "y"])]);
                 Node ("right", [Leaf "dddd"; Leaf "eeeee"]); Leaf "f"])

let () =
  List.iter (fun m ->
    Format.set_margin m;
    Format.printf "margin %d:@." m;
    Format.printf "%a@." pp sample) [80; 40; 25; 12];
  Format.set_margin 30;
  Format.printf "@[<v 2>list:@ @[<hov 1>[%a]@]@]@."
    (Format.pp_print_list ~pp_sep:(fun ppf () -> Format.fprintf ppf ";@ ") Format.pp_print_int)
    (List.init 25 (fun i -> i * i));
  Format.printf "@[<hov 2>(%a)@]@."
    (Format.pp_print_list ~pp_sep:Format.pp_print_space pp) [Leaf "one"; Node ("n", [Leaf "two"]); Leaf "three"]
