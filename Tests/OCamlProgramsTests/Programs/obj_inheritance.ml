(* Multiple inheritance, method overriding order, super chains, class types, recursive classes. *)
class type printable = object method print : string end

class base = object (self)
  method name = "base"
  method hello = "hello from " ^ self#name
  method level = 0
end

class mid = object
  inherit base as super
  method! name = "mid"
  method! level = super#level + 1
  method super_hello = super#hello
end

class leaf = object
  inherit mid as m
  method! name = "leaf(" ^ m#name ^ ")"
  method! level = m#level + 10
end

class colored = object method color = "red" method name = "colored" end

(* later inherit wins for name *)
class both = object inherit base inherit colored end
class both_rev = object inherit colored inherit base end

class doc title : printable = object method print = "doc: " ^ title end

(* mutually recursive classes *)
class node (v : int) = object
  val mutable children : node list = []
  method value = v
  method add (c : node) = children <- c :: children
  method sum : int = List.fold_left (fun a (c : node) -> a + c#sum) v children
  method visitor = new visitor
end
and visitor = object
  val mutable seen = 0
  method visit (n : node) = seen <- seen + n#value; seen
end

let () =
  let objs = [ new base; (new mid :> base); (new leaf :> base) ] in
  List.iter (fun o -> Printf.printf "%s / %s / %d\n" o#name o#hello o#level) objs;
  let m = new mid and l = new leaf in
  Printf.printf "super_hello %s | %s\n" m#super_hello l#super_hello;
  Printf.printf "both %s %s %s\n" (new both)#name (new both)#color (new both)#hello;
  Printf.printf "both_rev %s %s\n" (new both_rev)#name (new both_rev)#hello;
  let p : printable = new doc "title" in
  print_endline p#print;
  let ps : printable list = [ p; (object method print = "immediate printable" end) ] in
  List.iter (fun x -> print_endline x#print) ps;
  let root = new node 1 in
  let c1 = new node 2 and c2 = new node 3 in
  c1#add (new node 10);
  root#add c1; root#add c2;
  Printf.printf "sum %d\n" root#sum;
  let v = root#visitor in
  ignore (v#visit root); ignore (v#visit c1);
  Printf.printf "visited %d\n" (v#visit c2)
