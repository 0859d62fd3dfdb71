(* Sys: what a program can ask the runtime. Printed as ocamlrun prints it where the answer
   does not depend on the machine's word size (a 64-bit host's ocamlrun against a 32-bit
   target), and as relations where it does: word_size/int_size/max_array_length agree
   with each other and with max_int; Sys.time never goes backwards *)
let () =
  Printf.printf "argv length %d, argv.(0) ends with .byte or is the program: %b\n" (Array.length Sys.argv)
    (Array.length Sys.argv > 0);
  Printf.printf "executable_name non-empty %b\n" (String.length Sys.executable_name > 0);
  Printf.printf "big_endian %b unix %b win32 %b cygwin %b\n" Sys.big_endian Sys.unix Sys.win32 Sys.cygwin;
  Printf.printf "os_type %s\n" Sys.os_type;
  Printf.printf "word_size is 32 or 64: %b\n" (Sys.word_size = 32 || Sys.word_size = 64);
  Printf.printf "int_size = word_size - 1: %b\n" (Sys.int_size = Sys.word_size - 1);
  Printf.printf "max_int = 2^(int_size-1) - 1: %b\n" (max_int = (1 lsl (Sys.int_size - 1)) - 1);
  Printf.printf "min_int = -max_int - 1: %b\n" (min_int = - max_int - 1);
  Printf.printf "max_array_length = 2^(word_size-10) - 1: %b\n" (Sys.max_array_length = (1 lsl (Sys.word_size - 10)) - 1);
  Printf.printf "max_floatarray_length = max_array_length / (8 / word bytes): %b\n"
    (Sys.max_floatarray_length = Sys.max_array_length / (64 / Sys.word_size));
  Printf.printf "max_string_length >= max_array_length: %b\n" (Sys.max_string_length >= Sys.max_array_length);
  Printf.printf "ocaml_version %s\n" Sys.ocaml_version;
  Printf.printf "interactive %b\n" !Sys.interactive;
  Printf.printf "backend %s\n" (match Sys.backend_type with Sys.Native -> "native" | Sys.Bytecode -> "bytecode" | Sys.Other s -> s)

let () =
  let t0 = Sys.time () in
  let monotone = ref true and last = ref t0 and x = ref 0 in
  for i = 1 to 20_000 do
    x := (!x + i * i) land 0xFFFF;
    if i mod 1000 = 0 then (let t = Sys.time () in if t < !last then monotone := false; last := t)
  done;
  Printf.printf "time monotone %b, non-negative %b, work %d\n" !monotone (t0 >= 0.0) !x

let () =
  Printf.printf "opaque %d\n" (Sys.opaque_identity 42);
  (match Sys.getenv_opt "KILN_SURELY_UNSET_VARIABLE" with None -> print_endline "getenv_opt: None" | Some _ -> print_endline "set?");
  (try ignore (Sys.getenv "KILN_SURELY_UNSET_VARIABLE") with Not_found -> print_endline "getenv: Not_found");
  Printf.printf "Sys.Break is an exception: %s\n" (Printexc.to_string Sys.Break);
  Printf.printf "max_int > 2^29: %b, min_int < 0: %b, max_int + 1 = min_int: %b\n" (max_int > 1 lsl 29) (min_int < 0) (max_int + 1 = min_int);
  Printf.printf "Int.max_int = max_int: %b, Int.bit-width consistency: %b\n" (Int.max_int = max_int) (1 lsl (Sys.int_size - 1) = min_int)
