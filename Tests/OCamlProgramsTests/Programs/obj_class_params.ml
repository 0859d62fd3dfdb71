(* Parameterised classes, constraints, class-level let bindings, classes from functions, object fields holding closures. *)
class ['a] container (init : 'a list) = object
  val mutable items = init
  method add x = items <- x :: items
  method items = List.rev items
  method map : 'b. ('a -> 'b) -> 'b list = fun f -> List.map f (List.rev items)
  method fold : 'b. ('b -> 'a -> 'b) -> 'b -> 'b = fun f z -> List.fold_left f z (List.rev items)
end

class ['a] sorted_container cmp init = object
  inherit ['a] container (List.sort cmp init) as super
  method! add x = items <- List.sort (fun a b -> cmp b a) (x :: items)
  method first = match super#items with [] -> None | x :: _ -> Some x
end

let instances = ref 0
class tracked name =
  let id = incr instances; !instances in
  let prefix = String.uppercase_ascii name in
  object
    method id = id
    method label = Printf.sprintf "%s#%d" prefix id
  end

class calculator = object
  val ops : (string * (int -> int -> int)) list = [ ("+", ( + )); ("-", ( - )); ("*", ( * )); ("max", max) ]
  method apply op a b = match List.assoc_opt op ops with Some f -> Some (f a b) | None -> None
  method with_op name f = {< ops = (name, f) :: ops >}
end

let () =
  let c = new container [1; 2] in
  c#add 3;
  Printf.printf "items %s\n" (String.concat "," (List.map string_of_int c#items));
  Printf.printf "map %s fold %d\n" (String.concat "," (c#map (fun x -> string_of_int (x * x)))) (c#fold ( + ) 0);
  let s = new sorted_container compare [ "pear"; "apple"; "fig" ] in
  s#add "banana";
  Printf.printf "sorted %s first %s\n" (String.concat "," s#items) (match s#first with Some x -> x | None -> "-");
  Printf.printf "lengths %d\n" (s#fold (fun a x -> a + String.length x) 0);
  let t1 = new tracked "a" and t2 = new tracked "b" in
  let t3 = new tracked "c" in
  Printf.printf "%s %s %s (instances %d)\n" t1#label t2#label t3#label !instances;
  let calc = new calculator in
  let calc2 = calc#with_op "pow" (fun a b -> int_of_float (float_of_int a ** float_of_int b)) in
  let show = function Some n -> string_of_int n | None -> "none" in
  List.iter (fun op -> Printf.printf "%s: %s %s\n" op (show (calc#apply op 2 10)) (show (calc2#apply op 2 10)))
    [ "+"; "-"; "*"; "max"; "pow"; "?" ]
