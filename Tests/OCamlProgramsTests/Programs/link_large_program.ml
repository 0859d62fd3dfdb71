(* A large program: Printf, Scanf, Hashtbl and Format together (txt_escape_compare, fmt_boxes and
   fmt_scanf_nums in one file). Its code passes 512 KiB, so calls inside the program's object and
   into the runtime need the linker's veneers, and its top level (caml_program, with the Stdlib's
   initialisation) passes 128 KiB, so its far jumps need the back end's islands. *)
(* String.escaped and String.compare/equal on many strings, with sorting and hashing. *)
let samples = ["plain"; "tab\t"; "newline\n"; "cr\r"; "quote\""; "apos'"; "back\\"; "\000nul";
               "\127del"; "\128high\255"; "caf\195\169"; ""; "Z"; "a"; "aa"; "ab"; "B"]

let () =
  List.iter (fun s -> Printf.printf "%-12s -> %s | %S\n" (String.escaped s) (String.escaped (String.escaped s)) s) samples;
  let sorted = List.sort String.compare samples in
  Printf.printf "sorted: %s\n" (String.concat " " (List.map String.escaped sorted));
  let pairs = [("a", "b"); ("b", "a"); ("abc", "abc"); ("ab", "abc"); ("abc", "ab"); ("", "");
               ("", "a"); ("Z", "a"); ("\255", "\000"); ("same", "same")] in
  List.iter (fun (x, y) ->
    Printf.printf "%S %S: compare=%d equal=%b (=)%b (<)%b (>=)%b poly=%d\n" x y
      (String.compare x y) (String.equal x y) (x = y) (x < y) (x >= y) (compare x y)) pairs;
  List.iter (fun s -> Printf.printf "hash %S = %d\n" s (Hashtbl.hash s)) samples;
  let h = Hashtbl.create 16 in
  List.iteri (fun i s -> Hashtbl.replace h s i) samples;
  Printf.printf "table %d, find quote %d, mem %b\n" (Hashtbl.length h) (Hashtbl.find h "quote\"") (Hashtbl.mem h "missing");
  Printf.printf "unescaped %S\n" (Scanf.unescaped "a\\tb\\\\c\\\"d\\065")

(* Format boxes: h, v, hv, hov, b; break hints and how they wrap at a small margin. *)
let words = ["alpha"; "beta"; "gamma"; "delta"; "epsilon"; "zeta"; "eta"; "theta"; "iota"; "kappa"]

let emit kind =
  let open Format in
  let print_words () = List.iteri (fun i w -> if i > 0 then print_space (); print_string w) words in
  (match kind with
   | "h" -> open_hbox ()
   | "v" -> open_vbox 2
   | "hv" -> open_hvbox 2
   | "hov" -> open_hovbox 2
   | _ -> open_box 2);
  print_string (kind ^ ":"); print_space ();
  print_words ();
  close_box ();
  print_newline ()

let () =
  Format.set_margin 30;
  List.iter emit ["h"; "v"; "hv"; "hov"; "b"];
  Format.set_margin 78;
  List.iter emit ["hv"; "hov"];
  (* hv box that fits stays on one line *)
  Format.printf "@[<hv 1>short:@ a@ b@ c@]@.";
  (* print_break with offsets *)
  Format.set_margin 20;
  Format.printf "@[<v 0>top@;<1 4>indented by four@;<1 0>back@]@.";
  Format.printf "@[<hov 3>%s@ %s@ %s@ %s@ %s@]@." "one" "two" "three" "four" "five-and-more";
  Format.printf "@[<b 2>%s@,%s@,%s@,%s@]@." "abcdefgh" "ijklmnop" "qrstuvwx" "yz012345";
  Format.printf "@[<h>%s@ %s@ %s@ %s@]@." "no" "breaks" "in" "horizontal-box-ever";
  Printf.printf "margin %d\n" (Format.get_margin ())

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
