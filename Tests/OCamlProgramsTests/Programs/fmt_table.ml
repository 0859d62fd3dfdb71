(* Printing aligned tables with computed column widths, Printf %*s and %-*s, numbers right-aligned. *)
let rows = [
  ("Mercury", 0.0553, 57.9, 88.0); ("Venus", 0.815, 108.2, 224.7); ("Earth", 1.0, 149.6, 365.2);
  ("Mars", 0.107, 227.9, 687.0); ("Jupiter", 317.8, 778.5, 4331.0); ("Saturn", 95.2, 1432.0, 10747.0);
  ("Uranus", 14.5, 2867.0, 30589.0); ("Neptune", 17.1, 4515.0, 59800.0) ]

let () =
  let w = List.fold_left (fun m (n, _, _, _) -> max m (String.length n)) 6 rows in
  let line = String.make (w + 36) '-' in
  Printf.printf "%-*s | %10s | %10s | %8s\n%s\n" w "Planet" "Mass" "Distance" "Period" line;
  List.iter (fun (n, m, d, p) -> Printf.printf "%-*s | %10.4f | %10.1f | %8.0f\n" w n m d p) rows;
  print_endline line;
  let total = List.fold_left (fun s (_, m, _, _) -> s +. m) 0.0 rows in
  Printf.printf "%*s | %10.3e |\n" w "Total" total;
  List.iteri (fun i (n, m, _, _) ->
    let bar = String.make (int_of_float (Float.log10 (m *. 1000.0) *. 4.0)) '#' in
    Printf.printf "%2d %-8s %s %.1f%%\n" (i + 1) n bar (100.0 *. m /. total)) rows;
  for i = 1 to 9 do
    for j = 1 to 9 do Printf.printf "%3d" (i * j) done;
    print_newline ()
  done;
  let hex_row i = String.concat " " (List.init 8 (fun j -> Printf.sprintf "%02X" ((i * 8 + j) * 37 land 255))) in
  for i = 0 to 3 do Printf.printf "%04x: %s\n" (i * 8) (hex_row i) done;
  List.iter (fun (l, c, r) -> Printf.printf "[%-6s][%6s][%s]\n" l r (let pad = (10 - String.length c) / 2 in String.make pad ' ' ^ c ^ String.make (10 - pad - String.length c) ' '))
    [("left", "center", "right"); ("a", "bb", "ccc"); ("", "", "")]
