(* Int64 and Int32 arithmetic checked on many pseudo-random values: printing in every base and identities. *)
let state = ref 88172645463325252L
let next () =
  let x = !state in
  let x = Int64.logxor x (Int64.shift_left x 13) in
  let x = Int64.logxor x (Int64.shift_right_logical x 7) in
  let x = Int64.logxor x (Int64.shift_left x 17) in
  state := x; x

let () =
  let bad = ref 0 in
  for i = 1 to 200 do
    let a = next () and b = next () in
    let b = if Int64.equal b 0L then 1L else b in
    let q = Int64.div a b and r = Int64.rem a b in
    if not (Int64.equal (Int64.add (Int64.mul q b) r) a) then incr bad;
    if not (Int64.equal (Int64.of_string (Int64.to_string a)) a) then incr bad;
    if not (Int64.equal (Int64.of_string ("0x" ^ Printf.sprintf "%Lx" a)) a) then incr bad;
    if i mod 10 = 0 then
      Printf.printf "%Ld %Lu %Lx %Lo | %Ld %Ld | %Ld %Ld\n" a a a a q r (Int64.mul a b) (Int64.sub a b)
  done;
  Printf.printf "int64 identity failures %d\n" !bad;
  let bad32 = ref 0 in
  for i = 1 to 200 do
    let a = Int64.to_int32 (next ()) and b = Int64.to_int32 (next ()) in
    let b = if Int32.equal b 0l then 1l else b in
    let q = Int32.div a b and r = Int32.rem a b in
    if not (Int32.equal (Int32.add (Int32.mul q b) r) a) then incr bad32;
    if Int32.unsigned_compare a b <> compare (Int64.logand (Int64.of_int32 a) 0xFFFFFFFFL) (Int64.logand (Int64.of_int32 b) 0xFFFFFFFFL) then incr bad32;
    if i mod 10 = 0 then
      Printf.printf "%ld %lu %lx %lo | %ld %ld | %ld | %ld %ld\n" a a a a q r (Int32.mul a b)
        (Int32.shift_right a 7) (Int32.shift_right_logical a 7)
  done;
  Printf.printf "int32 identity failures %d\n" !bad32;
  let x = ref 1L in
  for _ = 1 to 64 do x := Int64.mul !x 3L done;
  Printf.printf "3^64 mod 2^64 = %Lu, as float %.17g\n" !x (Int64.to_float !x)
