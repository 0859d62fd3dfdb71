(* Calls through module fields (Docs/ocaml-frontend.md, "Calls through module fields"): a
   stdlib function read from its unit's global block is called directly when the block is
   sealed. These are the uses of module fields that must keep working: exact, under- and
   over-application, tail calls, raising callees, fields kept in data, functors, first-class
   modules, `include` of a unit (which unseals it) and recursive modules updated late. *)

module type ARITH = sig val add : int -> int -> int val to_string : int -> string end

(* A first-class module of a stdlib unit: the unit's block is read whole (Int unsealed). *)
let arith = (module Int : ARITH)

(* A unit included whole: List's block is read whole too. *)
module MyList = struct
  include List
  let double l = map (( * ) 2) l
end

(* A functor applied to a structure of stdlib fields, and one applied to a stdlib unit. *)
module SS = Set.Make (struct type t = string let compare = String.compare end)
module IM = Map.Make (Int)

(* Recursive modules: their fields are dummies until CamlinternalMod.update_mod fills them. *)
module rec Even : sig val test : int -> bool end = struct
  let test n = n = 0 || Odd.test (n - 1)
end
and Odd : sig val test : int -> bool end = struct
  let test n = n <> 0 && Even.test (n - 1)
end

(* A module whose fields are a partial application of a stdlib function and a stdlib field. *)
module Partial = struct
  let from2 = String.sub "abcdefgh" 2
  let upper = String.uppercase_ascii
end

(* A tail call through a module field. *)
let tail s = String.sub s 1 (String.length s - 1)

let rec loop acc n = if n = 0 then acc else loop (acc + String.length (tail (String.make (n mod 7 + 1) 'x'))) (n - 1)

let () =
  let module A = (val arith) in
  print_endline (A.to_string (A.add 40 2));
  print_endline (String.concat "," (List.map string_of_int (MyList.double [1; 2; 3])));
  print_endline (String.concat " " (SS.elements (SS.of_list ["pear"; "apple"; "fig"; "apple"])));
  print_endline (IM.fold (fun k v acc -> acc ^ Printf.sprintf "%d=%s;" k v) (IM.add 3 "c" (IM.singleton 1 "a")) "");
  Printf.printf "even 10 %b, odd 7 %b, even 7 %b\n" (Even.test 10) (Odd.test 7) (Even.test 7);
  print_endline (Partial.from2 3 ^ "|" ^ Partial.upper "mixed Case");
  (* Under-application: a closure of String.sub waiting for its last argument. *)
  let sub2 = String.sub "0123456789" 2 in
  print_endline (sub2 3 ^ sub2 5);
  print_endline (String.concat "" (List.map (String.make 2) ['a'; 'b'; 'c']));
  (* Over-application: Fun.id and Printf.sprintf return the function applied to the rest. *)
  Printf.printf "%d %d %s\n" (Fun.id String.length "four") (Fun.const succ () 41) (Printf.sprintf "%d-%s-%c" 7 "x" 'y');
  print_endline (Fun.flip String.sub 1 "flipped" 4);
  (* Fields kept in a list and called later. *)
  let transforms = [String.uppercase_ascii; String.lowercase_ascii; String.trim; tail] in
  print_endline (String.concat "/" (List.map (fun f -> f "  MiXed  ") transforms));
  (* A callee that raises through the direct call. *)
  (match String.sub "abc" 2 5 with
   | s -> print_endline ("no exception: " ^ s)
   | exception Invalid_argument m -> print_endline ("Invalid_argument " ^ m));
  (match List.nth [1; 2] 5 with
   | n -> print_int n
   | exception Failure m -> print_endline ("Failure " ^ m));
  let b = Buffer.create 4 in
  for i = 1 to 50 do Buffer.add_string b (string_of_int i); Buffer.add_char b ' ' done;
  Printf.printf "%d %d %d\n" (Buffer.length b) (List.length (String.split_on_char ' ' (Buffer.contents b))) (loop 0 1000);
  Printf.printf "%s %d\n" (Bytes.to_string (Bytes.map Char.uppercase_ascii (Bytes.of_string "bytes"))) (Hashtbl.hash "kiln")
