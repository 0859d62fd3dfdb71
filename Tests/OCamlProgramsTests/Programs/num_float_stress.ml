(* Many pseudo-random doubles (from a fixed Int64 LCG) printed with %.17g, %h, %e, %g and parsed back. *)
let state = ref 0x2545F4914F6CDD1DL
let next () =
  state := Int64.add (Int64.mul !state 6364136223846793005L) 1442695040888963407L;
  !state

let () =
  let mismatches = ref 0 in
  for i = 1 to 120 do
    let bits = next () in
    let f = Int64.float_of_bits bits in
    let s17 = Printf.sprintf "%.17g" f in
    let back = float_of_string s17 in
    let ok = Int64.equal (Int64.bits_of_float back) bits || (Float.is_nan f && Float.is_nan back) in
    if not ok then incr mismatches;
    if i mod 3 = 0 then Printf.printf "%s %h %.6e %g %b\n" s17 f f f ok
  done;
  Printf.printf "round trip mismatches %d\n" !mismatches;
  (* decimal values of moderate magnitude *)
  for _ = 1 to 60 do
    let m = Int64.to_float (Int64.rem (Int64.shift_right_logical (next ()) 11) 100000000L) in
    let e = Int64.to_int (Int64.rem (Int64.shift_right_logical (next ()) 40) 20L) - 10 in
    let f = m *. (10.0 ** float_of_int e) in
    Printf.printf "%.3f %.10g %s %F\n" f f (string_of_float f) (float_of_string (Printf.sprintf "%.5e" f))
  done;
  let sum = ref 0.0 in
  for _ = 1 to 1000 do sum := !sum +. Int64.to_float (Int64.shift_right (next ()) 40) /. 16777216.0 done;
  Printf.printf "sum %.17g\n" !sum
