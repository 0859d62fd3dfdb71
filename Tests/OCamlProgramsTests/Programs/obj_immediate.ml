(* Immediate objects, structural typing, polymorphic methods, coercions and # types. *)
let make_account owner =
  object (self)
    val mutable balance = 0
    method owner = owner
    method balance = balance
    method deposit n = balance <- balance + n; self
    method withdraw n = if n > balance then failwith ("overdraft " ^ owner) else balance <- balance - n; self
  end

let dog = object method name = "dog" method speak = "woof" method legs = 4 end
let bird = object method name = "bird" method speak = "tweet" method legs = 2 method fly = "yes" end

let introduce (a : < name : string; speak : string; .. >) = a#name ^ " says " ^ a#speak

type animal = < name : string; speak : string; legs : int >

let mapper = object
  method map : 'a 'b. ('a -> 'b) -> 'a list -> 'b list = fun f l -> List.map f l
  method fold : 'a 'b. ('a -> 'b -> 'a) -> 'a -> 'b list -> 'a = fun f a l -> List.fold_left f a l
end

let total_legs (l : < legs : int; .. > list) = List.fold_left (fun a x -> a + x#legs) 0 l

let () =
  let acc = make_account "zoe" in
  ignore ((acc#deposit 100)#withdraw 30);
  Printf.printf "%s %d\n" acc#owner acc#balance;
  (try ignore (acc#withdraw 1000) with Failure m -> print_endline m);
  print_endline (introduce dog);
  print_endline (introduce bird);
  let animals : animal list = [ dog; (bird :> animal) ] in
  List.iter (fun a -> Printf.printf "%s has %d legs\n" a#name a#legs) animals;
  Printf.printf "legs %d\n" (total_legs animals);
  (* polymorphic methods used at several types *)
  print_endline (String.concat "," (mapper#map string_of_int [1; 2; 3]));
  print_endline (String.concat "," (mapper#map String.uppercase_ascii ["a"; "b"]));
  Printf.printf "%d %s\n" (mapper#fold ( + ) 0 [1; 2; 3; 4]) (mapper#fold ( ^ ) "" ["x"; "y"]);
  (* objects in closures and returned from functions *)
  let counter () = let n = ref 0 in object method next = incr n; !n method reset = n := 0 end in
  let c1 = counter () and c2 = counter () in
  ignore c1#next; ignore c1#next; ignore c2#next;
  Printf.printf "c1 %d c2 %d\n" c1#next c2#next;
  c1#reset;
  Printf.printf "after reset %d\n" c1#next;
  (* self-referencing immediate object *)
  let fib = object (self) method f n = if n < 2 then n else self#f (n - 1) + self#f (n - 2) end in
  Printf.printf "fib 20 = %d\n" (fib#f 20)
