(* big blocks (arrays of several KiB, strings of tens of KiB, float arrays) allocated over
   and over, most dying at once, some kept; sizes chosen to stay within the 256 KiB heap
   for the live data while the total allocated is far above it; Gc.compact between phases *)
let () =
  let kept = Array.make 8 [||] in
  let sum = ref 0 in
  for i = 0 to 999 do
    let a = Array.init 2000 (fun j -> (i + j) land 0xFF) in
    sum := (!sum + a.(i mod 2000) + Array.length a) land 0xFFFFFF;
    if i mod 125 = 0 then kept.(i / 125) <- Array.sub a 0 100
  done;
  Printf.printf "arrays: sum %d kept %s\n" !sum (String.concat "," (Array.to_list (Array.map (fun a -> string_of_int a.(99)) kept)))

let () =
  Gc.compact ();
  let acc = ref 0 in
  let last = ref "" in
  for i = 1 to 300 do
    let s = String.make (20_000 + i) (Char.chr (65 + i mod 26)) in
    acc := (!acc + Char.code s.[i * 37] + String.length s) land 0xFFFFFF;
    if i = 300 then last := String.sub s 0 10
  done;
  Printf.printf "strings: %d %s\n" !acc !last

let () =
  let total = ref 0.0 in
  for i = 1 to 400 do
    let fa = Array.make 3000 (float_of_int i) in
    fa.(i) <- 0.5;
    total := !total +. fa.(i) +. fa.(2999)
  done;
  Gc.full_major ();
  Printf.printf "float arrays: %.1f\n" !total

(* a growing vector: reallocating by doubling, copying each time *)
let () =
  let data = ref (Array.make 1 0) and len = ref 0 in
  for i = 1 to 30_000 do
    if !len = Array.length !data then begin
      let bigger = Array.make (2 * !len) 0 in
      Array.blit !data 0 bigger 0 !len;
      data := bigger
    end;
    !data.(!len) <- i;
    incr len
  done;
  Printf.printf "vector: length %d capacity %d sum %d\n" !len (Array.length !data) (Array.fold_left ( + ) 0 !data)
