(* Int32 arithmetic at the edges: wrap-around, division signs, shifts, logic, unsigned views. *)
open Int32
let vals = [zero; one; minus_one; 7l; -7l; max_int; min_int; 0x55555555l; 0x7FFF0000l; -65536l]

let () =
  Printf.printf "max+1=%ld min-1=%ld neg min=%ld abs min=%ld max*2=%ld min*-1=%ld\n"
    (add max_int 1l) (sub min_int 1l) (neg min_int) (abs min_int) (mul max_int 2l) (mul min_int (-1l));
  Printf.printf "min/-1=%ld min rem -1=%ld\n" (div min_int (-1l)) (rem min_int (-1l));
  List.iter (fun (a, b) -> Printf.printf "%ld / %ld = %ld rem %ld; udiv %lu urem %lu\n" a b (div a b) (rem a b)
                (unsigned_div a b) (unsigned_rem a b))
    [(7l, 2l); (-7l, 2l); (7l, -2l); (-7l, -2l); (min_int, 7l); (max_int, -3l); (-1l, 16l)];
  (match div 1l 0l with r -> Printf.printf "%ld\n" r | exception Division_by_zero -> print_endline "div: Division_by_zero");
  (match rem 1l 0l with r -> Printf.printf "%ld\n" r | exception Division_by_zero -> print_endline "rem: Division_by_zero");
  List.iter (fun v ->
    Printf.printf "%ld: lsl4=%ld asr4=%ld lsr4=%ld lsl31=%ld asr31=%ld lsr31=%ld not=%ld succ=%ld pred=%ld\n" v
      (shift_left v 4) (shift_right v 4) (shift_right_logical v 4) (shift_left v 31)
      (shift_right v 31) (shift_right_logical v 31) (lognot v) (succ v) (pred v)) vals;
  List.iter (fun (a, b) -> Printf.printf "%lx & %lx = %lx | %lx ^ %lx\n" a b (logand a b) (logor a b) (logxor a b))
    [(0xF0F0F0F0l, 0x0FF00FF0l); (min_int, max_int); (-1l, 12345l)];
  List.iter (fun (a, b) -> Printf.printf "compare %ld %ld = %d unsigned %d equal %b min %ld max %ld\n" a b
                (compare a b) (unsigned_compare a b) (equal a b) (min a b) (max a b))
    [(1l, 2l); (-1l, 1l); (min_int, max_int); (5l, 5l)];
  Printf.printf "unsigned_to_int 7 = %s\n" (match unsigned_to_int 7l with Some n -> string_of_int n | None -> "None");
  List.iter (fun f -> Printf.printf "of_float %g = %ld\n" f (of_float f)) [0.0; 1.9; -1.9; 2147483647.0; -2147483648.0; 1e9];
  List.iter (fun v -> Printf.printf "to_float %ld = %.1f\n" v (to_float v)) [max_int; min_int; -3l];
  List.iter (fun f -> Printf.printf "bits %g = %lx back %g\n" f (bits_of_float f) (float_of_bits (bits_of_float f)))
    [1.0; -2.5; 0.1; infinity; 0.0; -0.0];
  Printf.printf "of_int %ld %ld to_int %d %d\n" (of_int 1000) (of_int (-1000)) (to_int 123456l) (to_int (-654321l));
  let fib = ref (0l, 1l) in
  for _ = 1 to 60 do let (a, b) = !fib in fib := (b, add a b) done;
  Printf.printf "fib 60 mod 2^32 = %ld\n" (fst !fib);
  let h = ref 0x811C9DC5l in
  String.iter (fun c -> h := mul (logxor !h (of_int (Char.code c))) 16777619l) "FNV-1a hash input";
  Printf.printf "fnv1a %lx %lu\n" !h !h
