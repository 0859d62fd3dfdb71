let () =
  let a = 0x1234_5678_9ABCL and b = -987_654_321_012L in
  Printf.printf "%Ld %Ld %Ld\n" (Int64.add a b) (Int64.mul a 3L) (Int64.div b 7L);
  Printf.printf "%Lx %Ld\n" (Int64.logxor a b) (Int64.shift_right b 4);
  Printf.printf "%ld %nd\n" (Int32.mul 123456l 1000l) (Nativeint.of_int 77);
  Printf.printf "%Ld %d\n" Int64.max_int (Int64.compare a b);
  Printf.printf "%s\n" (Int64.to_string (Int64.of_string "-9223372036854775808"))
