(* Printf with %ld %Ld %nd %lx %Lx %lu and friends; 32-bit-safe nativeints. *)
let () =
  List.iter (fun x -> Printf.printf "%ld|%5ld|%-5ld|%lx|%lX|%lo|%lu|%+ld\n" x x x x x x x x)
    [0l; 1l; -1l; 42l; Int32.max_int; Int32.min_int; 65536l; -123456l];
  List.iter (fun x -> Printf.printf "%Ld|%20Ld|%Lx|%LX|%Lo|%Lu|%020Ld\n" x x x x x x x)
    [0L; 1L; -1L; Int64.max_int; Int64.min_int; 1_000_000_000_000L; -77L];
  List.iter (fun x -> Printf.printf "%nd|%5nd|%nx|%#nx|%no\n" x x x x x)
    [0n; 1n; 42n; 65535n; 1_000_000n; 2147483647n];
  Printf.printf "%ni %li %Li\n" 12n 13l 14L;
  Printf.printf "%#lx %#Lx %#lo\n" 255l 255L 8l;
  Printf.printf "%.5ld %08Lx\n" 42l 0xabcdL;
  print_endline (Printf.sprintf "%Ld + %Ld = %Ld" 4000000000L 5000000000L (Int64.add 4000000000L 5000000000L))
