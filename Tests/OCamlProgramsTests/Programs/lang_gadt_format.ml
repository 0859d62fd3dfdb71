(* A typed format language with GADTs (like CamlinternalFormat, in miniature), plus a typed stack machine. *)
type (_, _) fmt =
  | End : ('r, 'r) fmt
  | Lit : string * ('a, 'r) fmt -> ('a, 'r) fmt
  | Int : ('a, 'r) fmt -> (int -> 'a, 'r) fmt
  | Str : ('a, 'r) fmt -> (string -> 'a, 'r) fmt
  | Bool : ('a, 'r) fmt -> (bool -> 'a, 'r) fmt

let rec kprint : type a r. (string -> r) -> string -> (a, r) fmt -> a = fun k acc f -> match f with
  | End -> k acc
  | Lit (s, rest) -> kprint k (acc ^ s) rest
  | Int rest -> fun n -> kprint k (acc ^ string_of_int n) rest
  | Str rest -> fun s -> kprint k (acc ^ s) rest
  | Bool rest -> fun b -> kprint k (acc ^ (if b then "yes" else "no")) rest

let sprint f = kprint (fun s -> s) "" f

type (_, _) instr =
  | Push : int -> ('s, int * 's) instr
  | Add : (int * (int * 's), int * 's) instr
  | Mul : (int * (int * 's), int * 's) instr
  | Dup : ('a * 's, 'a * ('a * 's)) instr
  | Swap : ('a * ('b * 's), 'b * ('a * 's)) instr
  | IsZero : (int * 's, bool * 's) instr
  | Seq : ('a, 'b) instr * ('b, 'c) instr -> ('a, 'c) instr

let rec exec : type a b. (a, b) instr -> a -> b = fun i s -> match i, s with
  | Push n, s -> (n, s)
  | Add, (a, (b, s)) -> (a + b, s)
  | Mul, (a, (b, s)) -> (a * b, s)
  | Dup, (a, s) -> (a, (a, s))
  | Swap, (a, (b, s)) -> (b, (a, s))
  | IsZero, (a, s) -> (a = 0, s)
  | Seq (i1, i2), s -> exec i2 (exec i1 s)

let ( >> ) a b = Seq (a, b)

let () =
  let f = Lit ("x=", Int (Lit (", name=", Str (Lit (", ok=", Bool End))))) in
  print_endline (sprint f 42 "kiln" true);
  let partial = sprint f 7 in
  print_endline (partial "a" false);
  print_endline (partial "b" true);
  let count = kprint String.length "" (Int (Lit ("--", Int End))) 12345 678 in
  Printf.printf "length %d\n" count;
  let prog = Push 3 >> Push 4 >> Add >> Dup >> Mul >> Push 2 >> Swap >> Push 0 >> Add in
  let (top, (next, ())) = exec prog () in
  Printf.printf "stack %d %d\n" top next;
  let (z, (v, ())) = exec (Push 5 >> Dup >> IsZero) () in
  Printf.printf "iszero %b %d\n" z v
