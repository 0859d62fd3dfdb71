(* tail calls through closures (unknown functions), partial applications, functions passed
   as arguments and returned, a million deep (the other shapes 200,000 deep, to keep the
   run short); continuation-passing style *)
let rec loop f n acc = if n = 0 then acc else loop f (n - 1) (f acc)

let apply_n g n x = let rec go k x = if k = 0 then x else go (k - 1) (g x) in go n x

(* the callee is a closure parameter, called in tail position with itself *)
let rec trampoline (step : int -> int -> int) n acc = if n = 0 then acc else step n acc |> trampoline step (n - 1)

let rec via_closure k n acc = if n = 0 then acc else k (n - 1) (acc + n mod 3)
let rec self_k n acc = via_closure self_k n acc

(* partial applications called in tail position *)
let add3 a b c = a + b + c
let rec partial n acc = if n = 0 then acc else let f = add3 1 in let g = f 2 in partial (n - 1) (g acc - 3 + (n land 1))

(* continuation-passing style: a million nested continuations, all tail calls *)
let rec sum_cps l k = match l with [] -> k 0 | x :: r -> sum_cps r (fun s -> k (s + x))
let rec count_cps n k = if n = 0 then k 0 else count_cps (n - 1) (fun c -> k (c + 1))

(* over-application: a function returning a function, applied to more args than its arity *)
let make_adder a = fun b -> a + b
let rec over n acc = if n = 0 then acc else over (n - 1) (make_adder 1 acc)

(* mutual recursion where each step goes through a record of closures *)
type ops = { step : int -> int -> int; stop : int -> int }
let rec ops = { step = (fun n acc -> if n = 0 then ops.stop acc else ops.step (n - 1) (acc + 2)); stop = (fun acc -> acc / 2) }

let () =
  Printf.printf "loop %d\n" (loop succ 1_000_000 0);
  Printf.printf "apply_n %d\n" (apply_n (fun x -> (x * 3 + 1) land 0xFFFF) 200_000 7);
  Printf.printf "trampoline %d\n" (trampoline (fun n acc -> acc + (n land 7)) 200_000 0);
  Printf.printf "self_k %d\n" (self_k 1_000_000 0);
  Printf.printf "partial %d\n" (partial 200_000 0);
  Printf.printf "sum_cps %d\n" (sum_cps (List.init 50_000 (fun i -> i land 15)) Fun.id);
  Printf.printf "count_cps %d\n" (count_cps 1_000_000 Fun.id);
  Printf.printf "over %d\n" (over 200_000 0);
  Printf.printf "ops %d\n" (ops.step 200_000 0)
