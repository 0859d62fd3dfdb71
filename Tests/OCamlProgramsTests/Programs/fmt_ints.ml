(* Printf integer conversions with every flag, width and precision. *)
let values = [0; 1; -1; 7; -7; 42; 255; -255; 1000; 65535; 123456; -987654]

let () =
  List.iter (fun v ->
    Printf.printf "[%d] [%i] [%5d] [%-5d|] [%05d] [%+d] [% d] [%.3d] [%8.4d]\n"
      v v v v v v v v v) values;
  List.iter (fun v ->
    Printf.printf "[%x] [%X] [%o] [%#x] [%#X] [%#o] [%8x] [%-8X|] [%08o] [%u]\n"
      v v v v v v v v v v) (List.filter (fun v -> v >= 0) values);
  (* width and precision from arguments *)
  for w = 0 to 6 do
    Printf.printf "<%*d> <%-*d> <%.*d> <%*.*d>\n" w 42 w (-3) w 9 w (w / 2) 5
  done;
  Printf.printf "%d%%\n" 50;
  Printf.printf "%+05d|%-+6d|% 05d|%+.2d\n" 3 3 3 3;
  Printf.printf "%#5x|%#-8o|%#08x\n" 255 8 4096;
  let s = Printf.sprintf "%3d/%-3d/%03d" 5 6 7 in
  Printf.printf "%s (%d chars)\n" s (String.length s);
  (* %n-ish: integer formats used with large but 31-bit-safe values *)
  Printf.printf "%d %d\n" (1 lsl 29) (-(1 lsl 29));
  Printf.printf "%x %o\n" (1 lsl 29) (1 lsl 29)
