(* Int64 at the edges: overflow, division, shifts, logic, floats, bits and unsigned compare. *)
open Int64
let vals = [zero; one; minus_one; max_int; min_int; 0x123456789ABCDEFL; -4294967296L; 4294967295L]

let () =
  Printf.printf "max+1=%Ld min-1=%Ld neg min=%Ld max*max=%Ld min/-1=%Ld\n"
    (add max_int 1L) (sub min_int 1L) (neg min_int) (mul max_int max_int) (div min_int (-1L));
  List.iter (fun (a, b) -> Printf.printf "%Ld / %Ld = %Ld rem %Ld udiv %Lu urem %Lu\n" a b (div a b) (rem a b)
                (unsigned_div a b) (unsigned_rem a b))
    [(7L, 2L); (-7L, 2L); (7L, -2L); (-7L, -2L); (min_int, 10L); (max_int, 1000000007L); (-1L, 3L)];
  (match div 5L 0L with _ -> () | exception Division_by_zero -> print_endline "Division_by_zero");
  List.iter (fun v ->
    Printf.printf "%Lx: lsl8=%Lx asr8=%Lx lsr8=%Lx lsl63=%Lx asr63=%Ld lsr63=%Ld lsl32=%Lx not=%Lx\n" v
      (shift_left v 8) (shift_right v 8) (shift_right_logical v 8) (shift_left v 63)
      (shift_right v 63) (shift_right_logical v 63) (shift_left v 32) (lognot v)) vals;
  Printf.printf "and %Lx or %Lx xor %Lx\n" (logand 0xFF00FF00FF00FF00L 0x0FF00FF00FF00FF0L)
    (logor 0xF000000000000000L 1L) (logxor (-1L) 0x00000000FFFFFFFFL);
  List.iter (fun (a, b) -> Printf.printf "cmp %Ld %Ld = %d u=%d\n" a b (compare a b) (unsigned_compare a b))
    [(1L, 2L); (-1L, 1L); (min_int, max_int); (max_int, max_int)];
  List.iter (fun f -> Printf.printf "of_float %.1f = %Ld\n" f (of_float f)) [0.5; -0.5; 1e15; -1e18; 9007199254740993.0];
  List.iter (fun v -> Printf.printf "to_float %Ld = %.17g\n" v (to_float v)) [max_int; min_int; 9007199254740993L];
  List.iter (fun f -> Printf.printf "bits %h = %Lx back %h\n" f (bits_of_float f) (float_of_bits (bits_of_float f)))
    [1.0; -1.0; 0.1; 1e300; 5e-324; nan; neg_infinity];
  Printf.printf "of_int32 %Ld to_int32 %ld %ld\n" (of_int32 Int32.min_int) (to_int32 0x1FFFFFFFFL) (to_int32 0x80000000L);
  Printf.printf "of_int %Ld to_int %d\n" (of_int (-12345)) (to_int 987654L);
  let fact = ref 1L in
  for i = 1 to 25 do fact := mul !fact (of_int i); if i >= 19 then Printf.printf "%d! mod 2^64 = %Ld (%Lu)\n" i !fact !fact done;
  let rec pow b e = if e = 0 then 1L else mul b (pow b (e - 1)) in
  Printf.printf "3^40 = %Ld 7^22 = %Ld\n" (pow 3L 40) (pow 7L 22);
  let x = ref 88172645463325252L in
  for _ = 1 to 5 do
    x := logxor !x (shift_left !x 13); x := logxor !x (shift_right_logical !x 7); x := logxor !x (shift_left !x 17);
    Printf.printf "xorshift %Lu\n" !x
  done
