(* GC stress with closures: millions of closures capturing values, partial applications,
   closures kept in long-lived structures while most die young; composed function chains *)
let compose f g x = f (g x)

let () =
  let fs = Array.init 100 (fun i -> fun x -> x + i) in
  let acc = ref 0 in
  for round = 1 to 2000 do
    let k = round land 63 in
    let f = compose fs.(k) (fun x -> x * 2) in
    let g = compose f (( + ) round) in
    acc := (!acc + g 1) land 0xFFFFFF;
    if round mod 500 = 0 then fs.(round / 500) <- g
  done;
  Printf.printf "acc %d fs: %d %d %d\n" !acc (fs.(1) 0) (fs.(2) 0) (fs.(50) 0)

(* a chain of 10_000 composed closures, evaluated then dropped, repeated *)
let () =
  let total = ref 0 in
  for r = 1 to 20 do
    let chain = ref Fun.id in
    for i = 1 to 10_000 do
      let prev = !chain in
      chain := if i mod 2 = 0 then (fun x -> prev (x + r)) else (fun x -> prev (x lxor i))
    done;
    total := (!total + !chain 0) land 0xFFFFFF
  done;
  Printf.printf "chains %d\n" !total

(* partial applications stored and applied later *)
let f5 a b c d e = a * 10000 + b * 1000 + c * 100 + d * 10 + e
let () =
  let partials = List.init 50_000 (fun i -> f5 (i mod 10) ((i / 10) mod 10)) in
  let sum = List.fold_left (fun acc p -> (acc + p 1 2 3) land 0xFFFFFF) 0 partials in
  Printf.printf "partials %d\n" sum

(* memoisation through a closure over a Hashtbl, counters in closures *)
let make_counter () = let n = ref 0 in (fun () -> incr n; !n)
let () =
  let counters = Array.init 1000 (fun _ -> make_counter ()) in
  for i = 0 to 99_999 do ignore (counters.(i * 7 mod 1000) ()) done;
  Printf.printf "counter 0: %d, counter 999: %d\n" (counters.(0) ()) (counters.(999) ())
