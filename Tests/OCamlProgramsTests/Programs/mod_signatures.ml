(* Abstract types, private types, signature constraints, module type of, generative functors. *)
module type COUNTER = sig
  type t
  val zero : t
  val incr : t -> t
  val to_int : t -> int
end

module Counter : COUNTER = struct
  type t = int
  let zero = 0
  let incr n = n + 1
  let to_int n = n
end

module Positive : sig
  type t = private int
  val make : int -> t option
  val add : t -> t -> t
end = struct
  type t = int
  let make n = if n > 0 then Some n else None
  let add a b = a + b
end

module Bounded (B : sig val lo : int val hi : int end) : sig
  type t
  val make : int -> t
  val get : t -> int
  val range : string
end = struct
  type t = int
  let make n = if n < B.lo then B.lo else if n > B.hi then B.hi else n
  let get n = n
  let range = Printf.sprintf "[%d,%d]" B.lo B.hi
end

module Percent = Bounded (struct let lo = 0 let hi = 100 end)
module Digit = Bounded (struct let lo = 0 let hi = 9 end)

module Stack = struct
  type 'a t = { mutable items : 'a list; mutable size : int }
  let create () = { items = []; size = 0 }
  let push s x = s.items <- x :: s.items; s.size <- s.size + 1
  let pop s = match s.items with [] -> None | x :: t -> s.items <- t; s.size <- s.size - 1; Some x
end
module type STACK = module type of Stack
module Stack2 : STACK = struct include Stack let push s x = push s x; push s x end

module Gen () = struct let id = ref 0 let fresh () = incr id; Printf.sprintf "g%d" !id end
module G1 = Gen ()
module G2 = Gen ()

let () =
  let c = Counter.(incr (incr (incr zero))) in
  Printf.printf "counter %d\n" (Counter.to_int c);
  (match Positive.make 5, Positive.make (-1) with
   | Some a, None -> let s = Positive.add a a in Printf.printf "positive %d\n" (s :> int)
   | _ -> print_endline "unexpected");
  List.iter (fun n -> Printf.printf "%d->%d/%d " n Percent.(get (make n)) Digit.(get (make n))) [ -5; 5; 50; 500 ];
  Printf.printf "\nranges %s %s\n" Percent.range Digit.range;
  let s = Stack.create () and s2 = Stack2.create () in
  List.iter (Stack.push s) [1; 2; 3]; List.iter (Stack2.push s2) [1; 2; 3];
  Printf.printf "sizes %d %d pop %s\n" s.Stack.size s2.Stack2.size
    (match Stack2.pop s2 with Some x -> string_of_int x | None -> "-");
  print_endline (String.concat " " [ G1.fresh (); G1.fresh (); G2.fresh (); G1.fresh (); G2.fresh () ])
