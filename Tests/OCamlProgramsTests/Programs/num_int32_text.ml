(* Int32 and Int64 to/of string in every base, with bad inputs raising Failure. *)
let try32 s = match Int32.of_string s with
  | v -> Printf.printf "Int32.of_string %S = %ld\n" s v
  | exception Failure m -> Printf.printf "Int32.of_string %S: Failure %S\n" s m
let try64 s = match Int64.of_string s with
  | v -> Printf.printf "Int64.of_string %S = %Ld\n" s v
  | exception Failure m -> Printf.printf "Int64.of_string %S: Failure %S\n" s m

let () =
  List.iter try32 ["0"; "123"; "-123"; "+5"; "2147483647"; "-2147483648"; "2147483648"; "-2147483649";
                   "0x7fffffff"; "0xFFFFFFFF"; "0x100000000"; "0o777"; "0b1010"; "0u4294967295"; "1_000_000";
                   ""; "-"; "12a"; " 1"; "0x"; "99999999999"];
  List.iter try64 ["9223372036854775807"; "-9223372036854775808"; "9223372036854775808"; "0xFFFFFFFFFFFFFFFF";
                   "0x8000000000000000"; "0o1777777777777777777777"; "0b" ^ String.make 64 '1'; "0u18446744073709551615";
                   "-0x1"; "abc"; "1e5"];
  List.iter (fun v -> Printf.printf "%s %s %s\n" (Int32.to_string v) (Int32.format "%08x" v) (Int32.format "%o" v))
    [0l; 255l; -1l; Int32.min_int];
  List.iter (fun v -> Printf.printf "%s %s %s\n" (Int64.to_string v) (Int64.format "%016Lx" v) (Int64.format "%Lu" v))
    [0L; 255L; -1L; Int64.min_int; Int64.max_int];
  List.iter (fun s -> match int_of_string s with
    | v -> Printf.printf "int_of_string %S = %d\n" s v
    | exception Failure m -> Printf.printf "int_of_string %S: Failure %S\n" s m)
    ["42"; "-42"; "0x2A"; "0o52"; "0b101010"; "0u42"; "1_0"; "x"; ""; "+"; "0b2"];
  List.iter (fun s -> Printf.printf "int_of_string_opt %S = %s\n" s
                (match int_of_string_opt s with Some v -> string_of_int v | None -> "None")) ["17"; "seventeen"];
  Printf.printf "%s %s\n" (Int32.to_string (Int32.of_string "-0b1111")) (Int64.to_string (Int64.of_string "-0o17"))
