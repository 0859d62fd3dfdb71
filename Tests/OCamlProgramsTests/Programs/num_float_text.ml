(* string_of_float, float_of_string on many inputs, %F, %h and %.17g round trips. *)
let () =
  let vals = [0.0; -0.0; 1.0; 1.5; -2.25; 0.1; 0.3; 100.0; 1e15; 1e16; 1e17; 123456789.125; 1e-7; 3.14159265358979;
              1e100; 1.7976931348623157e308; 4.9e-324; 2.5e-310; 0.1 +. 0.2; 1.0 /. 3.0; infinity; neg_infinity; nan] in
  List.iter (fun f ->
    let s17 = Printf.sprintf "%.17g" f in
    let back = float_of_string s17 in
    Printf.printf "%s | %F | %h | %s | %.12g | round trip %b %b\n" (string_of_float f) f f s17 f
      (back = f || (Float.is_nan back && Float.is_nan f)) (float_of_string (Printf.sprintf "%h" f) = f || Float.is_nan f)) vals;
  let inputs = ["0"; "1"; "-1"; "+1"; "1."; ".5"; "-.5"; "1e10"; "1E10"; "1e+10"; "1e-10"; "1.5e3"; "  2.5"; "2.5  ";
                "1_000.5"; "0x1p-2"; "0x1.8p1"; "0X10"; "-0x.8"; "inf"; "-inf"; "infinity"; "nan"; "NaN"; "-nan";
                "1e400"; "1e-400"; "abc"; ""; "1.2.3"; "1e"; "--1"; "0x"; "."; "e5"; "4.9406564584124654e-324"] in
  List.iter (fun s -> match float_of_string s with
    | f -> Printf.printf "float_of_string %S = %h (%s)\n" s f (if Float.is_nan f then "nan" else Printf.sprintf "%.17g" f)
    | exception Failure m -> Printf.printf "float_of_string %S: Failure %S\n" s m) inputs;
  List.iter (fun s -> Printf.printf "float_of_string_opt %S = %s\n" s
                (match float_of_string_opt s with Some f -> string_of_float f | None -> "None")) ["3.25"; "x3"];
  List.iter (fun f -> Printf.printf "Float.to_string %s\n" (Float.to_string f)) [2.0; 0.001; 12345678901234567890.0];
  let x = ref 1.0 in
  for _ = 1 to 20 do x := !x *. 7.3; Printf.printf "%s " (string_of_float !x) done;
  print_newline ();
  let y = ref 1.0 in
  for _ = 1 to 20 do y := !y /. 7.3; Printf.printf "%s " (string_of_float !y) done;
  print_newline ()
