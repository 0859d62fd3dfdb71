(* Format margins and max_indent; the same long sentence wrapped at many widths. *)
let text = "the quick brown fox jumps over the lazy dog while the cat watches from the warm windowsill"

let () =
  let words = String.split_on_char ' ' text in
  List.iter (fun m ->
    let b = Buffer.create 128 in
    let ppf = Format.formatter_of_buffer b in
    Format.pp_set_margin ppf m;
    Format.pp_set_max_indent ppf (m - 2);
    Format.fprintf ppf "@[<hov 4>%a@]@?"
      (Format.pp_print_list ~pp_sep:Format.pp_print_space Format.pp_print_string) words;
    Printf.printf "--- margin %d (max indent %d)\n%s\n" m (Format.pp_get_max_indent ppf ()) (Buffer.contents b))
    [10; 16; 25; 40; 60; 100];
  let b = Buffer.create 64 in
  let ppf = Format.formatter_of_buffer b in
  Format.pp_set_margin ppf 20;
  Format.fprintf ppf "@[<v 3>head@,@[<hov 2>%s@ %s@ %s@ %s@]@,tail@]@?" "aaaa" "bbbbb" "cccccc" "ddddddd";
  print_endline (Buffer.contents b);
  Format.set_margin 15;
  Format.printf "@[tab: %s@ %s@ %s@]@." "1111" "2222" "3333";
  Format.printf "@[<hov 2>forced@\nnewline@ then@ more@ words@ here@]@.";
  Format.printf "plain@ spaces@ outside@ boxes@.";
  Format.print_string "via print_string"; Format.print_newline ();
  Format.printf "%d@." (Format.get_margin ())
