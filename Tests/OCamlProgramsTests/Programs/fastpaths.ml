(* Native code's fast paths and the cases they hand to the runtime: inline allocation
   (with collections while a structure stays live), direct calls of known closures (self,
   siblings, captured, partial and over-application), inline primitives on both sides of
   their test (bounds, float arrays, structured comparison) and Stack_overflow from the
   entry check. No Printf: the debug kiln builds this quickly. *)
let say s = print_string s; print_newline ()
let int n = say (string_of_int n)

(* Allocation: a live list of 5,000 cells built while short-lived pairs are dropped. *)
let () =
  let keep = ref [] in
  for i = 1 to 5_000 do
    let garbage = (i, i + 1, [i]) in
    let (a, _, _) = garbage in
    keep := (a * 3) :: !keep
  done;
  int (List.fold_left ( + ) 0 !keep);
  int (List.length !keep)

(* Known closures: self recursion, mutual recursion, a captured sibling, partial and
   over-application of known functions. *)
let rec even n = n = 0 || odd (n - 1)
and odd n = n <> 0 && even (n - 1)
let rec sum3 a b c = if a = 0 then b + c else sum3 (a - 1) (b + 1) c
let add a b = a + b
let twice f x = f (f x)
let make k = let rec go n acc = if n = 0 then acc else go (n - 1) (acc + k) in go
let () =
  say (string_of_bool (even 1001));
  int (sum3 100 1 2);
  let add5 = add 5 in
  int (add5 10);
  int (twice (add 3) 1);
  int ((make 7) 10 0);
  let pick b = if b then (fun x y -> x - y) else (fun x -> fun y -> x * y) in
  int (pick true 10 3 + pick false 10 3)

let generic_get arr i = arr.(i)
let generic_set arr i v = arr.(i) <- v
let less x y = x < y
let eq x y = x = y
let cmp x y = compare x y

(* Inline primitives: in bounds, out of bounds (the runtime raises), float arrays through
   the generic accessors, comparisons of integers and of structured values. *)
let () =
  let b = Bytes.make 5 'a' in
  Bytes.set b 2 'z';
  say (Bytes.to_string b);
  int (Char.code (Bytes.get b 2));
  (try ignore (Bytes.get b 5) with Invalid_argument m -> say m);
  (try Bytes.set b (-1) 'x' with Invalid_argument m -> say m);
  (try ignore (String.get "abc" 3) with Invalid_argument m -> say m);
  let a = Array.init 10 (fun i -> i * i) in
  a.(3) <- 100;
  int (a.(3) + a.(9));
  (try ignore a.(10) with Invalid_argument m -> say m);
  (try a.(-1) <- 0 with Invalid_argument m -> say m);
  let f = Array.make 4 1.5 in
  generic_set f 1 2.25;
  say (string_of_float (generic_get f 1 +. generic_get f 0));
  (try ignore (generic_get f 4) with Invalid_argument m -> say m);
  let strs = [| "b"; "a" |] in
  generic_set strs 0 "c";
  say (generic_get strs 0);
  say (String.concat " " (List.map string_of_bool
    [less 1 2; less 2 1; less (-5) 3; less "abc" "abd"; eq (1, "x") (1, "x"); eq [1; 2] [1; 3];
     less 3 (-7); eq 4 4]));
  int (cmp 3 9 + 10 * cmp 9 3 + 100 * cmp "b" "a" + 1000 * cmp (2, 1) (2, 1));
  int (Int.compare 5 (-5));
  let x = 0.1 +. 0.2 and y = float_of_int 3 /. 10.0 in
  say (string_of_bool (x > y) ^ " " ^ string_of_bool (x = y) ^ " " ^ string_of_bool (nan <> nan));
  say (string_of_float (x *. y -. (-. x)))

(* Deep non-tail recursion: Stack_overflow, caught, then the program goes on. *)
let rec depth n = if n = 0 then 0 else 1 + depth (n - 1)
let () =
  (try int (depth 100_000_000) with Stack_overflow -> say "Stack_overflow");
  int (depth 1000)
