(* Format through its function API: pp_open_*box, print_cut, print_break, print_as, tabulation boxes, flush. *)
let () =
  let b = Buffer.create 256 in
  let ppf = Format.formatter_of_buffer b in
  Format.pp_set_margin ppf 24;
  let items = ["first"; "second"; "third"; "fourth"; "fifth"; "sixth"] in
  Format.pp_open_hovbox ppf 2;
  List.iter (fun s -> Format.pp_print_string ppf s; Format.pp_print_break ppf 1 0) items;
  Format.pp_close_box ppf ();
  Format.pp_print_newline ppf ();
  Format.pp_open_vbox ppf 4;
  Format.pp_print_string ppf "vertical";
  List.iter (fun s -> Format.pp_print_cut ppf (); Format.pp_print_string ppf s) ["a"; "b"; "c"];
  Format.pp_close_box ppf ();
  Format.pp_print_newline ppf ();
  Format.pp_open_hbox ppf ();
  Format.pp_print_as ppf 3 "<wide>";
  Format.pp_print_space ppf ();
  Format.pp_print_int ppf 12;
  Format.pp_print_space ppf ();
  Format.pp_print_float ppf 0.5;
  Format.pp_close_box ppf ();
  Format.pp_print_flush ppf ();
  Format.pp_print_char ppf '\n';
  Format.pp_open_tbox ppf ();
  Format.pp_set_tab ppf (); Format.pp_print_string ppf "name      ";
  Format.pp_set_tab ppf (); Format.pp_print_string ppf "value";
  List.iter (fun (k, v) -> Format.pp_print_tab ppf (); Format.pp_print_string ppf k; Format.pp_print_tab ppf (); Format.pp_print_int ppf v)
    [("x", 1); ("long", 22); ("y", 333)];
  Format.pp_close_tbox ppf ();
  Format.pp_print_newline ppf ();
  Format.pp_open_hvbox ppf 0;
  for i = 1 to 12 do Format.pp_print_int ppf (i * 111); Format.pp_print_break ppf 1 2 done;
  Format.pp_close_box ppf ();
  Format.pp_print_newline ppf ();
  Format.pp_set_max_boxes ppf 3;
  Format.fprintf ppf "@[1@[2@[3@[4@[5@]@]@]@]@]@.";
  Printf.printf "max boxes %d over %b\n" (Format.pp_get_max_boxes ppf ()) (Format.pp_over_max_boxes ppf ());
  Format.pp_set_ellipsis_text ppf "...";
  Format.fprintf ppf "@[a@[b@[c@[d@]@]@]@]@.";
  print_string (Buffer.contents b);
  Printf.printf "ellipsis %S margin %d\n" (Format.pp_get_ellipsis_text ppf ()) (Format.pp_get_margin ppf ());
  let geometry = Format.pp_get_geometry ppf () in
  Printf.printf "geometry %d %d\n" geometry.Format.max_indent geometry.Format.margin;
  Format.printf "@[<hov 2>std formatter %d@ %s@]@." 1 "ok"
