(* int at its edges, checked relative to Sys.int_size so the same text prints on 31 and 63 bits. *)
let bits = Sys.int_size
let () =
  Printf.printf "max_int = 2^(bits-1)-1: %b\n" (max_int = (1 lsl (bits - 1)) - 1);
  Printf.printf "min_int = -max_int-1: %b\n" (min_int = - max_int - 1);
  Printf.printf "max_int+1 = min_int: %b, min_int-1 = max_int: %b\n" (max_int + 1 = min_int) (min_int - 1 = max_int);
  Printf.printf "-min_int = min_int: %b, abs min_int < 0: %b\n" (- min_int = min_int) (abs min_int < 0);
  Printf.printf "max_int*2 = -2: %b, min_int*2 = 0: %b, max_int*max_int = 1: %b\n" (max_int * 2 = -2) (min_int * 2 = 0) (max_int * max_int = 1);
  Printf.printf "min_int / -1 = min_int: %b, min_int mod -1 = 0: %b\n" (min_int / (-1) = min_int) (min_int mod (-1) = 0);
  Printf.printf "max_int / 2 = (min_int lsr 1) - 1: %b\n" (max_int / 2 = (min_int lsr 1) - 1);
  Printf.printf "1 lsl (bits-1) = min_int: %b, (1 lsl (bits-1)) lsl 1 = 0: %b\n" (1 lsl (bits - 1) = min_int) ((1 lsl (bits - 1)) lsl 1 = 0);
  Printf.printf "-1 lsr 1 = max_int: %b, -1 asr 1 = -1: %b, min_int asr (bits-1) = -1: %b\n" (-1 lsr 1 = max_int) (-1 asr 1 = -1) (min_int asr (bits - 1) = -1);
  Printf.printf "min_int lsr (bits-1) = 1: %b, max_int lsr (bits-2) = 1: %b\n" (min_int lsr (bits - 1) = 1) (max_int lsr (bits - 2) = 1);
  Printf.printf "lnot max_int = min_int: %b, max_int land min_int = 0: %b, max_int lor min_int = -1: %b, max_int lxor -1 = min_int: %b\n"
    (lnot max_int = min_int) (max_int land min_int = 0) (max_int lor min_int = -1) (max_int lxor (-1) = min_int);
  Printf.printf "compare %d %d %d, min %b max %b\n" (compare max_int min_int) (compare min_int max_int) (compare max_int max_int)
    (min max_int min_int = min_int) (max max_int min_int = max_int);
  (* values within 30 bits print the same everywhere *)
  let near = (1 lsl 29) in
  List.iter (fun v -> Printf.printf "%d: /3=%d mod3=%d asr3=%d lsr3=%d lsl1=%d neg=%d lnot=%d\n" v (v / 3) (v mod 3) (v asr 3)
                (if v >= 0 then v lsr 3 else 0) (v lsl 1) (- v) (lnot v))
    [near - 1; - near; 300000007; -299999937; 12345; -1; 0];
  let count_bits n = let rec go n c = if n = 0 then c else go (n lsr 1) (c + (n land 1)) in go n 0 in
  Printf.printf "popcount max_int = bits-1: %b, popcount -1 = bits: %b, popcount min_int = 1: %b\n"
    (count_bits max_int = bits - 1) (count_bits (-1) = bits) (count_bits min_int = 1);
  Printf.printf "string_of_int round trip: %b %b\n" (int_of_string (string_of_int max_int) = max_int) (int_of_string (string_of_int min_int) = min_int);
  Printf.printf "succ max_int = min_int: %b, pred min_int = max_int: %b\n" (succ max_int = min_int) (pred min_int = max_int);
  let rec gcd a b = if b = 0 then abs a else gcd b (a mod b) in
  Printf.printf "gcd %d %d %d\n" (gcd 1071 462) (gcd (-48) 18) (gcd 0 5);
  Printf.printf "int_of_float 1e3=%d -2.9=%d, float_of_int %F\n" (int_of_float 1e3) (int_of_float (-2.9)) (float_of_int (-17))
