let () =
  Printf.printf "%d %s %5.2f %c %x\n" 42 "forty-two" 3.14159 'z' 255;
  Printf.printf "%S %Ld %B\n" "quote\"d" 1234567890123L true
