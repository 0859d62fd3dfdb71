(* GC stress with floats: boxed floats in lists and tuples, float arrays (unboxed),
   Float.Array, records with float fields; ~30 MB allocated; printed with %.6g *)
type point = { x : float; y : float }

let () =
  let acc = ref 0.0 in
  for r = 1 to 40 do
    let a = Array.init 2000 (fun i -> float_of_int (i + r) *. 0.5) in
    let b = Array.map (fun v -> v *. v) a in
    acc := !acc +. Array.fold_left ( +. ) 0.0 b /. 1e6
  done;
  Printf.printf "arrays %.6g\n" !acc

let () =
  let pts = List.init 20_000 (fun i -> { x = float_of_int i; y = float_of_int (i mod 100) }) in
  let moved = List.map (fun p -> { x = p.x *. 0.5; y = p.y +. 1.0 }) pts in
  let cx = List.fold_left (fun a p -> a +. p.x) 0.0 moved /. 20000.0 in
  let cy = List.fold_left (fun a p -> a +. p.y) 0.0 moved /. 20000.0 in
  Printf.printf "centroid %.6g %.6g\n" cx cy

let () =
  let fa = Float.Array.make 10_000 1.0 in
  for r = 1 to 30 do
    Float.Array.iteri (fun i v -> Float.Array.set fa i (v *. 1.0001 +. float_of_int (i land r))) fa
  done;
  let s = Float.Array.fold_left ( +. ) 0.0 fa in
  Printf.printf "float array sum %.6g, [9999] %.6g\n" s (Float.Array.get fa 9999)

(* boxed floats in a list of pairs, sorted by the float *)
let () =
  let l = List.init 30_000 (fun i -> (sin (float_of_int i), i)) in
  let sorted = List.sort compare l in
  let (lo, ilo) = List.hd sorted and (hi, ihi) = List.nth sorted 29_999 in
  Printf.printf "min %.6f at %d, max %.6f at %d\n" lo ilo hi ihi;
  let boxed = ref [] in
  for i = 1 to 100_000 do boxed := float_of_int i /. 3.0 :: (match !boxed with _ :: t when i mod 2 = 0 -> t | l -> l) done;
  Printf.printf "boxed kept %d, head %.6g\n" (List.length !boxed) (List.hd !boxed)
