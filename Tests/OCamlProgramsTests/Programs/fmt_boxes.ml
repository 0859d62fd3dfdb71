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
