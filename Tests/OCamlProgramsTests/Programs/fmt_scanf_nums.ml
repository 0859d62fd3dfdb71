(* Scanf.sscanf on integers and floats in many notations. *)
let () =
  let ints = ["42"; "-17"; "+8"; "  123"; "0"; "007"; "1_000"] in
  List.iter (fun s -> Scanf.sscanf s " %d" (fun n -> Printf.printf "%S -> %d\n" s n)) ints;
  Scanf.sscanf "ff 377 101 0x1F" "%x %o %d %i" (fun a b c d -> Printf.printf "hex %d oct %d dec %d auto %d\n" a b c d);
  Scanf.sscanf "0o17 0b101 -0x10" "%i %i %i" (fun a b c -> Printf.printf "%d %d %d\n" a b c);
  Scanf.sscanf "FF" "%X" (fun a -> Printf.printf "X %d\n" a);
  Scanf.sscanf "1010" "%u" (fun a -> Printf.printf "u %d\n" a);
  let floats = ["3.5"; "-0.25"; "1e3"; "2.5E-2"; "7"; "  .5"; "0x1p4"; "inf"; "-infinity"; "nan"] in
  List.iter (fun s ->
    match Scanf.sscanf s " %f" (fun f -> f) with
    | f -> Printf.printf "%S -> %F\n" s f
    | exception Scanf.Scan_failure m -> Printf.printf "%S -> failure %s\n" s m
    | exception Failure m -> Printf.printf "%S -> Failure %s\n" s m) floats;
  Scanf.sscanf "1.5 2.5 3.5" "%f %f %f" (fun a b c -> Printf.printf "sum %g\n" (a +. b +. c));
  Scanf.sscanf "12:34:56" "%d:%d:%d" (fun h m s -> Printf.printf "%d seconds\n" (h * 3600 + m * 60 + s));
  Scanf.sscanf "x=10,y=-20" "x=%d,y=%d" (fun x y -> Printf.printf "x+y=%d\n" (x + y));
  Scanf.sscanf "123456" "%3d%3d" (fun a b -> Printf.printf "split %d %d\n" a b);
  Scanf.sscanf "42l 43L 44n" "%ldl %LdL %ndn" (fun a b c -> Printf.printf "%ld %Ld %nd\n" a b c);
  Scanf.sscanf "true false" "%B %B" (fun a b -> Printf.printf "%b %b\n" a b);
  let r = Scanf.sscanf "3 4" "%d %d" (fun a b -> a * b) in
  Printf.printf "product %d\n" r;
  Scanf.sscanf "  5   6" " %d %d" (fun a b -> Printf.printf "spaces %d %d\n" a b);
  Scanf.sscanf "1.0e10" "%e" (fun f -> Printf.printf "%e\n" f);
  Scanf.sscanf "-3.75" "%g" (fun f -> Printf.printf "%g\n" f);
  Scanf.sscanf "3.25" "%F" (fun f -> Printf.printf "%F\n" f)
