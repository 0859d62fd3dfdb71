(* A small CSV parser with quoted fields, then typed conversion and a report with sprintf. *)
let parse_line line =
  let fields = ref [] and cur = Buffer.create 16 in
  let n = String.length line in
  let rec plain i = if i >= n then finish () else match line.[i] with
    | ',' -> push (); plain (i + 1)
    | '"' when Buffer.length cur = 0 -> quoted (i + 1)
    | c -> Buffer.add_char cur c; plain (i + 1)
  and quoted i = if i >= n then failwith "unterminated quote" else match line.[i] with
    | '"' when i + 1 < n && line.[i + 1] = '"' -> Buffer.add_char cur '"'; quoted (i + 2)
    | '"' -> plain (i + 1)
    | c -> Buffer.add_char cur c; quoted (i + 1)
  and push () = fields := Buffer.contents cur :: !fields; Buffer.clear cur
  and finish () = push (); List.rev !fields in
  plain 0

let data = "name,qty,price,note\n\
            apple,3,0.5,fresh\n\
            \"banana, ripe\",12,0.25,\"says \"\"hi\"\"\"\n\
            cherry,100,0.1,\n\
            durian,1,12.75,\"smelly\"\n\
            bad,x,1.0,oops\n\
            \"unterminated,1,2,3"

let () =
  let lines = String.split_on_char '\n' data in
  let header = parse_line (List.hd lines) in
  Printf.printf "columns: %s\n" (String.concat " | " header);
  let total = ref 0.0 in
  List.iteri (fun i line ->
    match parse_line line with
    | [name; qty; price; note] ->
      (match int_of_string qty, float_of_string price with
       | q, p ->
         let cost = float_of_int q *. p in
         total := !total +. cost;
         Printf.printf "%d: %-14s %4d x %6.2f = %7.2f %S\n" (i + 1) name q p cost note
       | exception Failure m -> Printf.printf "%d: bad number in %S (%s)\n" (i + 1) line m)
    | fields -> Printf.printf "%d: %d fields\n" (i + 1) (List.length fields)
    | exception Failure m -> Printf.printf "%d: error %s\n" (i + 1) m) (List.tl lines);
  Printf.printf "total %.2f\n" !total;
  let escape f = if String.contains f ',' || String.contains f '"' then
      "\"" ^ String.concat "\"\"" (String.split_on_char '"' f) ^ "\"" else f in
  print_endline (String.concat "," (List.map escape ["plain"; "with,comma"; "with \"quote\""; ""]))
