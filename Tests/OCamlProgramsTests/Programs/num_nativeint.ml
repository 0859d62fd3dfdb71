(* Nativeint: arithmetic, shifts and conversions, printed so that the word size does not show. *)
open Nativeint
let () =
  let bits = size in
  Printf.printf "size matches word: %b\n" (bits = Sys.word_size);
  Printf.printf "max+1=min %b  min-1=max %b  neg min=min %b\n" (add max_int 1n = min_int) (sub min_int 1n = max_int) (neg min_int = min_int);
  Printf.printf "max = 2^(size-1)-1: %b\n" (max_int = sub (shift_left 1n (bits - 1)) 1n);
  Printf.printf "lsr of -1 = max: %b, asr of -1 = -1: %b\n" (shift_right_logical minus_one 1 = max_int) (shift_right minus_one 5 = minus_one);
  List.iter (fun (a, b) -> Printf.printf "%nd / %nd = %nd rem %nd\n" a b (div a b) (rem a b))
    [(17n, 5n); (-17n, 5n); (17n, -5n); (-17n, -5n); (1000000n, 7n)];
  (match div 3n 0n with _ -> () | exception Division_by_zero -> print_endline "Division_by_zero");
  Printf.printf "logic %nx %nx %nx %nd\n" (logand 0xFF0n 0x0FFn) (logor 0xF00n 0x00Fn) (logxor 0xFFn 0x0Fn) (lognot 0n);
  Printf.printf "shifts %nd %nd %nd\n" (shift_left 3n 20) (shift_right (-1024n) 3) (shift_right_logical 1024n 3);
  Printf.printf "of_int %nd to_int %d of_int32 %nd to_int32 %ld\n" (of_int 77) (to_int (-77n)) (of_int32 (-5l)) (to_int32 65537n);
  Printf.printf "of_float %nd to_float %g\n" (of_float 123.9) (to_float (-44n));
  Printf.printf "to_string %s of_string %nd %nd\n" (to_string (-31n)) (of_string "0x7f") (of_string "-0b11");
  (match of_string "junk" with _ -> () | exception Failure m -> Printf.printf "Failure %S\n" m);
  Printf.printf "compare %d %d unsigned %d equal %b\n" (compare 1n 2n) (compare (-1n) 1n) (unsigned_compare (-1n) 1n) (equal 4n 4n);
  Printf.printf "min/max %nd %nd abs %nd succ %nd pred %nd\n" (min 3n (-3n)) (max 3n (-3n)) (abs (-9n)) (succ 9n) (pred 9n);
  Printf.printf "unsigned div %nd rem %nd\n" (unsigned_div 100n 7n) (unsigned_rem 100n 7n);
  let sum = ref 0n in
  for i = 1 to 1000 do sum := add !sum (mul (of_int i) (of_int i)) done;
  Printf.printf "sum of squares %nd\n" !sum;
  Printf.printf "%nu %nx %nX %5nd|%-5nd|\n" 12345n 48879n 48879n 42n 42n
