(* Local modules (let module), local functor applications inside functions, modules as values in closures. *)
module type ORD = sig type t val compare : t -> t -> int end

let dedup_sorted (type a) (cmp : a -> a -> int) (l : a list) =
  let module S = Set.Make (struct type t = a let compare = cmp end) in
  S.elements (S.of_list l)

let count_distinct_by (type k) (key : string -> k) (l : string list) =
  let module H = Hashtbl.Make (struct type t = k let equal = ( = ) let hash = Hashtbl.hash end) in
  let h = H.create 8 in
  List.iter (fun s -> H.replace h (key s) (1 + Option.value (H.find_opt h (key s)) ~default:0)) l;
  H.length h

let make_counter start =
  let module C = struct let v = ref start let next () = let x = !v in v := x + 1; x end in
  C.next

let () =
  print_endline (String.concat " " (List.map string_of_int (dedup_sorted compare [5; 3; 5; 1; 3; 9])));
  print_endline (String.concat " " (List.map string_of_int (dedup_sorted (fun a b -> compare b a) [5; 3; 5; 1; 3; 9])));
  print_endline (String.concat " " (dedup_sorted (fun a b -> compare (String.length a) (String.length b)) ["bb"; "a"; "cc"; "ddd"; "e"]));
  let words = [ "apple"; "avocado"; "banana"; "blueberry"; "cherry"; "kiwi" ] in
  Printf.printf "distinct first letters %d, lengths %d\n" (count_distinct_by (fun s -> s.[0]) words)
    (count_distinct_by String.length words);
  let c1 = make_counter 10 and c2 = make_counter 100 in
  ignore (c1 ()); ignore (c2 ());
  Printf.printf "counters %d %d %d\n" (c1 ()) (c1 ()) (c2 ());
  let result =
    let module M = struct
      let table = Array.init 10 (fun i -> i * i)
      let lookup i = if i < Array.length table then table.(i) else -1
    end in
    List.map M.lookup [0; 3; 9; 10]
  in
  print_endline (String.concat "," (List.map string_of_int result));
  for i = 1 to 3 do
    let module Loop = struct let label = String.make i '*' end in
    print_string (Loop.label ^ " ")
  done;
  print_newline ()
