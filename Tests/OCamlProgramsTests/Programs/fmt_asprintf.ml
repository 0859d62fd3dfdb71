(* Format.asprintf, sprintf, fprintf to buffers, pp_print_* helpers and %a with Format. *)
type color = Red | Green | Blue of int

let pp_color ppf = function
  | Red -> Format.fprintf ppf "Red"
  | Green -> Format.fprintf ppf "Green"
  | Blue n -> Format.fprintf ppf "Blue(%d)" n

let pp_pair pa pb ppf (a, b) = Format.fprintf ppf "@[<1>(%a,@ %a)@]" pa a pb b

let () =
  let s = Format.asprintf "%a and %a" pp_color Red pp_color (Blue 3) in
  print_endline s;
  Printf.printf "%d chars\n" (String.length s);
  print_endline (Format.asprintf "%a" (pp_pair Format.pp_print_int Format.pp_print_string) (4, "four"));
  print_endline (Format.sprintf "%d/%s/%.2f/%b" 1 "x" 2.5 false);
  let b = Buffer.create 16 in
  let ppf = Format.formatter_of_buffer b in
  Format.fprintf ppf "@[<h>%a@ %a@]@?" pp_color Green pp_color (Blue (-1));
  print_endline (Buffer.contents b);
  print_endline (Format.asprintf "%a" (Format.pp_print_list ~pp_sep:(fun f () -> Format.pp_print_string f " | ") pp_color) [Red; Green; Blue 0]);
  print_endline (Format.asprintf "[%a]" Format.pp_print_text "some text with spaces");
  print_endline (Format.asprintf "%a %a %a %a" Format.pp_print_bool true Format.pp_print_char 'c'
                   Format.pp_print_float 1.5 Format.pp_print_int (-9));
  print_endline (Format.asprintf "%a" (Format.pp_print_option Format.pp_print_int) (Some 5));
  print_endline (Format.asprintf "<%a>" (Format.pp_print_option ~none:(fun f () -> Format.pp_print_string f "none") Format.pp_print_int) None);
  print_endline (Format.asprintf "%a" (Format.pp_print_result ~ok:Format.pp_print_int ~error:Format.pp_print_string) (Error "bad"));
  let k = Format.kasprintf (fun s -> String.uppercase_ascii s) "shout %s %d" "this" 10 in
  print_endline k;
  print_endline (Format.asprintf "%5d|%-5s|%05.1f|%x" 42 "ab" 3.14159 255);
  print_endline (Format.asprintf "@[<v>line1@,line2@,line3@]");
  print_endline (Format.asprintf "%S %C" "q\"uote" '\n')
