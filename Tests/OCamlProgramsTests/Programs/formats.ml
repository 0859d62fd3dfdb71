let () =
  Printf.printf "%d|%5d|%-5d|%05d|%x|%X|%o\n" 42 42 42 42 255 255 8;
  Printf.printf "%s|%10s|%-10s|%c\n" "abc" "right" "left" 'z';
  Printf.printf "%f|%.2f|%e|%g|%g\n" 3.14159 2.71828 12345.678 0.0001 1e20;
  Printf.printf "%b %B\n" true false;
  let s = Printf.sprintf "%d-%s-%.1f" 7 "seven" 7.0 in
  print_endline s;
  Printf.printf "%a\n" (fun oc x -> output_string oc (string_of_int (x * 2))) 21;
  Printf.printf "%%literal%%\n"
