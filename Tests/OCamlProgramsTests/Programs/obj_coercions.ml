(* Subtyping with :>, # flexible types, methods called through coerced objects and via functions. *)
class animal name = object
  method name : string = name
  method sound = "..."
  method describe = name ^ " goes " ^ "..."
end
class dog name = object (self)
  inherit animal name
  method! sound = "woof"
  method! describe = self#name ^ " goes " ^ self#sound
  method fetch = self#name ^ " fetches"
end
class cat name = object (self)
  inherit animal name
  method! sound = "meow"
  method! describe = self#name ^ " goes " ^ self#sound ^ " (" ^ string_of_int self#lives ^ " lives)"
  method lives = 9
end

let describe_all (l : #animal list) = List.map (fun a -> a#describe) l
let loudest (a : < sound : string; .. >) = String.uppercase_ascii a#sound
let names l = String.concat "," (List.map (fun a -> a#name) l)

let () =
  let d = new dog "rex" and c = new cat "tom" in
  let zoo = [ (d :> animal); (c :> animal); new animal "thing" ] in
  List.iter print_endline (describe_all zoo);
  print_endline (String.concat " " (List.map loudest zoo));
  Printf.printf "%s | %s | %d\n" d#fetch (loudest c) c#lives;
  print_endline (names zoo);
  print_endline (String.concat "; " (describe_all [ d; new dog "fido" ]));
  (* coercion to a smaller object type *)
  let just_named = List.map (fun a -> (a :> < name : string >)) zoo in
  print_endline (names just_named);
  let sounders : < sound : string > list = [ (d :> < sound : string >); (c :> < sound : string >) ] in
  print_endline (String.concat "+" (List.map (fun s -> s#sound) sounders));
  (* coercion of containers *)
  let dogs = [ d; new dog "spot" ] in
  let as_animals = (dogs :> animal list) in
  Printf.printf "%d animals: %s\n" (List.length as_animals) (names as_animals);
  let arr = Array.map (fun a -> (a :> animal)) [| c; new cat "felix" |] in
  Array.iter (fun a -> print_endline a#describe) arr;
  (* a function taking an open object type, applied to several unrelated objects *)
  let count_len (o : < name : string; .. >) = String.length o#name in
  Printf.printf "lens %d %d %d\n" (count_len d) (count_len c) (count_len (object method name = "anon" method x = 1 end))
