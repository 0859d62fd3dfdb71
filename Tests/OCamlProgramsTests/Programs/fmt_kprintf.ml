(* sprintf, bprintf, ksprintf, kbprintf, ifprintf, fprintf to stdout and partial application. *)
let log = ref []
let logf fmt = Printf.ksprintf (fun s -> log := s :: !log) fmt

let () =
  let b = Buffer.create 16 in
  Printf.bprintf b "x=%d " 1;
  Printf.bprintf b "y=%s " "two";
  Printf.bprintf b "z=%.1f" 3.0;
  print_endline (Buffer.contents b);
  logf "first %d" 1;
  logf "second %s %c" "two" '2';
  logf "third %B" true;
  List.iter print_endline (List.rev !log);
  let k = Printf.ksprintf String.length "%d-%d-%d" 100 200 300 in
  Printf.printf "length %d\n" k;
  let b2 = Buffer.create 4 in
  let n = Printf.kbprintf (fun b -> Buffer.length b) b2 "%s/%s" "left" "right" in
  Printf.printf "kbprintf %d %s\n" n (Buffer.contents b2);
  Printf.ifprintf stdout "never %d\n" 5;
  Printf.fprintf stdout "fprintf %d\n" 6;
  let pair = Printf.sprintf "(%d, %d)" in
  let p1 = pair 1 in
  print_endline (p1 2);
  print_endline (p1 3);
  let fmts = List.map (fun i -> Printf.sprintf "%0*d" i i) [1; 2; 3; 4; 5] in
  print_endline (String.concat "," fmts);
  let f = format_of_string "%s=%d;" in
  let s = String.concat "" (List.map (fun (k, v) -> Printf.sprintf f k v) ["a", 1; "b", 2]) in
  print_endline s;
  let fmt2 = format_of_string "%s=%d;" ^^ " end %s" in
  print_endline (Printf.sprintf fmt2 "c" 3 "!");
  print_endline (string_of_format fmt2);
  Printf.eprintf "to stderr, not compared\n%!";
  Printf.printf "done\n%!"
