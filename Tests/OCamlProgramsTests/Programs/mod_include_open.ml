(* include (extending modules and signatures), local opens M.(...), let open, shadowing. *)
module Base = struct
  let name = "base"
  let double x = 2 * x
  let greet () = "hello from " ^ name
end

module Extended = struct
  include Base
  let name = "extended"      (* shadows, but Base.greet keeps its own name *)
  let triple x = 3 * x
  let both x = double x + triple x
end

module type SHOW = sig type t val show : t -> string end
module type SHOW_LIST = sig include SHOW val show_list : t list -> string end

module IntShow : SHOW_LIST with type t = int = struct
  type t = int
  let show = string_of_int
  let show_list l = "[" ^ String.concat ";" (List.map show l) ^ "]"
end

module MyList = struct
  include List
  let sum = fold_left ( + ) 0
  let rec range a b = if a > b then [] else a :: range (a + 1) b
end

module Vec = struct
  type t = { x : float; y : float }
  let zero = { x = 0.; y = 0. }
  let ( + ) a b = { x = a.x +. b.x; y = a.y +. b.y }
  let ( * ) k a = { x = k *. a.x; y = k *. a.y }
  let show v = Printf.sprintf "<%g,%g>" v.x v.y
end

let () =
  print_endline (Extended.greet () ^ " / " ^ Extended.name);
  Printf.printf "%d %d %d\n" (Extended.double 5) (Extended.triple 5) (Extended.both 5);
  print_endline (IntShow.show_list [1; 2; 3]);
  let r = MyList.range 1 10 in
  Printf.printf "sum %d len %d rev-head %d\n" (MyList.sum r) (MyList.length r) (MyList.hd (MyList.rev r));
  (* local open with operator redefinition *)
  let v = Vec.(2.0 * { x = 1.; y = 2. } + { x = 0.5; y = -1. } + zero) in
  print_endline (Vec.show v);
  Printf.printf "int + still works outside: %d\n" (1 + 2);
  (let open Vec in
   let w = v + v in
   print_endline (show w));
  let s = String.(concat "-" (split_on_char ',' "a,b,c")) in
  print_endline s;
  let module L = struct include MyList let product = fold_left ( * ) 1 end in
  Printf.printf "product %d\n" (L.product (L.range 1 6));
  let n = List.(length (filter (fun x -> x mod 3 = 0) (MyList.range 1 30))) in
  Printf.printf "multiples of 3: %d\n" n;
  Printf.printf "nested opens %s\n" Printf.(sprintf "%s" String.(uppercase_ascii (make 3 'k')))
