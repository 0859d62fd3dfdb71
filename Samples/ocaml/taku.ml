(* Takeuchi's function, uncurried: a tuple is allocated for every call. *)
let rec tak (x, y, z) =
  if y >= x then z else tak (tak (x - 1, y, z), tak (y - 1, z, x), tak (z - 1, x, y))

let () =
  let r = ref 0 in
  for _ = 1 to 48 do r := !r + tak (18, 12, 6) done;
  Printf.printf "taku = %d\n" !r
