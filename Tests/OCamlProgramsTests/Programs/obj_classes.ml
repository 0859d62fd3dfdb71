(* Classes: inheritance, super calls, virtual methods, private methods, initializers. *)
class virtual shape name = object (self)
  val name : string = name
  method virtual area : float
  method virtual kind : string
  method describe = Printf.sprintf "%s %s: area %.2f, %s" self#kind name self#area self#extra
  method private extra = "plain"
end

class circle name r = object
  inherit shape name
  val r : float = r
  method area = 3.14159 *. r *. r
  method kind = "circle"
end

class rect name w h = object (self)
  inherit shape name as super
  method area = w *. h
  method kind = if self#is_square then "square" else "rect"
  method private is_square = w = h
  method! private extra = "sides " ^ string_of_float w ^ "," ^ string_of_float h
  method describe = "[" ^ super#describe ^ "]"
end

let log = Buffer.create 64
class logged tag = object
  val mutable events : string list = []
  initializer Buffer.add_string log ("init " ^ tag ^ "; ")
  method add e = events <- e :: events
  method events = List.rev events
end

class logged_twice tag = object (self)
  inherit logged tag as parent
  initializer Buffer.add_string log ("child " ^ tag ^ "; "); self#add "born"
  method! add e = parent#add (String.uppercase_ascii e)
end

class ['a] stack = object
  val mutable items : 'a list = []
  method push x = items <- x :: items
  method pop = match items with [] -> None | x :: t -> items <- t; Some x
  method size = List.length items
end

let () =
  let shapes : shape list = [ new circle "c1" 1.0; new rect "r1" 2.0 3.0; (new rect "sq" 2.0 2.0 :> shape) ] in
  List.iter (fun s -> print_endline s#describe) shapes;
  Printf.printf "total area %.3f\n" (List.fold_left (fun a s -> a +. s#area) 0.0 shapes);
  let l = new logged_twice "x" in
  l#add "event";
  let l2 = new logged "y" in
  l2#add "e2";
  print_endline (Buffer.contents log);
  print_endline (String.concat "," l#events ^ " / " ^ String.concat "," l2#events);
  let s = new stack in
  List.iter s#push [1; 2; 3];
  Printf.printf "size %d pop %s\n" s#size (match s#pop with Some x -> string_of_int x | None -> "-");
  let ss = new stack in
  ss#push "a";
  Printf.printf "string stack %d %s\n" ss#size (match ss#pop with Some x -> x | None -> "-");
  Printf.printf "after pops %d %d\n" s#size ss#size
