(* Printexc.to_string of builtin and user exceptions (constant, with int, string, float,
   tuple, record, list payloads), and Printexc.register_printer (latest first, None falls
   through), Printexc.exn_slot_name, Printexc.to_string_default *)
exception Plain
exception WithInt of int
exception WithString of string
exception WithFloat of float
exception WithPair of int * string
exception WithTuple of (int * int)
type r = { name : string; size : int }
exception WithRecord of r
exception WithList of int list
exception Custom of int

let all = [ Plain; WithInt 42; WithInt (-7); WithString "hi \"there\""; WithFloat 3.25;
            WithPair (1, "one"); WithTuple (2, 3); WithRecord { name = "r"; size = 9 };
            WithList [1; 2; 3]; Custom 5; Custom 100; Not_found; Exit; Failure "f";
            Invalid_argument "ia"; End_of_file; Division_by_zero; Stack_overflow;
            Out_of_memory; Sys_error "se"; Assert_failure ("a.ml", 1, 2);
            Match_failure ("m.ml", 3, 4); Undefined_recursive_module ("u.ml", 5, 6) ]

let print_all title = print_endline title; List.iter (fun e -> print_endline ("  " ^ Printexc.to_string e)) all

let () =
  print_all "default:";
  Printexc.register_printer (function Custom n when n > 10 -> Some (Printf.sprintf "big custom %d" n) | _ -> None);
  Printexc.register_printer (function
      | Custom n -> Some (Printf.sprintf "custom<%d>" n)
      | WithRecord { name; size } -> Some (Printf.sprintf "record %s/%d" name size)
      | _ -> None);
  print_all "with printers:";
  Printf.printf "default for Custom 100: %s\n" (Printexc.to_string_default (Custom 100));
  List.iter (fun e -> Printf.printf "slot %s\n" (Printexc.exn_slot_name e)) [ Plain; WithInt 1; Not_found; Custom 3 ];
  Printf.printf "same slot: %b %b\n" (Printexc.exn_slot_id (WithInt 1) = Printexc.exn_slot_id (WithInt 2))
    (Printexc.exn_slot_id Plain = Printexc.exn_slot_id Exit);
  Printf.printf "%s\n" (Printexc.to_string (Invalid_argument (String.make 3 'x')))
