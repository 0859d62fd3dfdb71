(* Method calls by name from many call sites on objects of different classes (GETPUBMET/GETDYNMET). *)
class a = object method name = "a" method value = 1 method combine (o : int) = o + 1 end
class b = object method name = "b" method value = 2 method combine o = o * 2 method extra = "only b" end
class c = object (self) inherit a method! name = "c" method! value = 10 + self#base method base = 5 end

let call_name o = o#name
let call_value o = o#value

let () =
  let objs = [ (new a :> < name : string; value : int; combine : int -> int >);
               (new b :> < name : string; value : int; combine : int -> int >);
               (new c :> < name : string; value : int; combine : int -> int >) ] in
  for round = 1 to 3 do
    List.iter (fun o -> Printf.printf "%s:%d:%d " o#name o#value (o#combine round)) objs;
    print_newline ()
  done;
  let names = List.map call_name objs and values = List.map call_value objs in
  Printf.printf "%s / %d\n" (String.concat "" names) (List.fold_left ( + ) 0 values);
  (* the same call site seeing many classes in a loop: method cache must not confuse them *)
  let arr = Array.of_list (objs @ List.rev objs @ objs) in
  let total = ref 0 in
  for i = 0 to 99 do
    let o = arr.(i mod Array.length arr) in
    total := !total + o#combine i + o#value
  done;
  Printf.printf "total %d\n" !total;
  let bo = new b in
  print_endline bo#extra;
  (* method closures: partial application of a method *)
  let f = (new b)#combine in
  Printf.printf "f %d %d\n" (f 3) (f 21);
  (* dynamic method name lookup via a generic function over many object types *)
  let show_all l = String.concat "," (List.map (fun o -> o#name ^ string_of_int o#value) l) in
  print_endline (show_all [ new a; (new c :> a); new a ]);
  let many = List.init 12 (fun i -> match i mod 3 with
      | 0 -> (new a :> < name : string; value : int; combine : int -> int >)
      | 1 -> (new b :> < name : string; value : int; combine : int -> int >)
      | _ -> (new c :> < name : string; value : int; combine : int -> int >)) in
  print_endline (String.concat "" (List.map (fun o -> o#name) many));
  Printf.printf "sum %d\n" (List.fold_left (fun acc o -> o#combine acc) 0 many)
