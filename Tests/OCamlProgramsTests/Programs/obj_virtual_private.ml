(* Virtual instance variables and methods, private methods made public by subclasses, self types. *)
class virtual ['a] collection = object (self)
  val virtual items : 'a list
  method virtual show_item : 'a -> string
  method private render sep = String.concat sep (List.map self#show_item items)
  method count = List.length items
  method summary = Printf.sprintf "%d items: %s" self#count (self#render ", ")
end

class ints l = object
  inherit [int] collection
  val items = l
  method show_item = string_of_int
end

class words l = object (self)
  inherit [string] collection
  val items = l
  method show_item s = "'" ^ s ^ "'"
  method! render = fun sep -> "<" ^ String.concat sep items ^ ">"   (* still private *)
  method public_render = self#render "+"
end

class exposed l = object
  inherit ints l
  method! render sep = "[" ^ String.concat sep (List.map string_of_int items) ^ "]"  (* now public *)
end

class virtual comparable = object (self : 'self)
  method virtual key : int
  method less (other : 'self) = self#key < other#key
end

class item k = object inherit comparable val k = k method key = k method bump = {< k = k + 1 >} end

let () =
  let i = new ints [1; 2; 3] and w = new words ["x"; "yy"] and e = new exposed [7; 8] in
  print_endline i#summary;
  print_endline w#summary;
  print_endline e#summary;
  print_endline (e#render " | ");
  print_endline w#public_render;
  let a = new item 3 and b = new item 5 in
  Printf.printf "less %b %b, bumped %d, less after bump %b\n" (a#less b) (b#less a) (a#bump#bump#key) (b#less (b#bump))
