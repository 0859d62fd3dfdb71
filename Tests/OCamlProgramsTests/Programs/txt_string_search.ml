(* String searching: index, rindex, *_from, *_opt, contains, Not_found and Invalid_argument. *)
let s = "hello, world; hello again"

let show_int name f = match f () with
  | n -> Printf.printf "%s = %d\n" name n
  | exception Not_found -> Printf.printf "%s: Not_found\n" name
  | exception Invalid_argument m -> Printf.printf "%s: Invalid_argument %S\n" name m

let show_opt name = function
  | Some n -> Printf.printf "%s = Some %d\n" name n
  | None -> Printf.printf "%s = None\n" name

let () =
  show_int "index o" (fun () -> String.index s 'o');
  show_int "rindex o" (fun () -> String.rindex s 'o');
  show_int "index z" (fun () -> String.index s 'z');
  show_int "rindex z" (fun () -> String.rindex s 'z');
  show_int "index_from 5 o" (fun () -> String.index_from s 5 'o');
  show_int "rindex_from 10 l" (fun () -> String.rindex_from s 10 'l');
  show_int "index_from bad" (fun () -> String.index_from s 100 'o');
  show_int "rindex_from bad" (fun () -> String.rindex_from s (-2) 'o');
  show_int "index_from at end" (fun () -> String.index_from s (String.length s) 'o');
  show_opt "index_opt ;" (String.index_opt s ';');
  show_opt "rindex_opt h" (String.rindex_opt s 'h');
  show_opt "index_opt q" (String.index_opt s 'q');
  show_opt "index_from_opt 14 h" (String.index_from_opt s 14 'h');
  show_opt "rindex_from_opt 3 h" (String.rindex_from_opt s 3 'h');
  List.iter (fun c -> Printf.printf "contains %c %b\n" c (String.contains s c)) ['w'; 'x'; ';'; ' '];
  Printf.printf "contains_from %b %b\n" (String.contains_from s 20 'a') (String.contains_from s 20 'w');
  Printf.printf "rcontains_from %b %b\n" (String.rcontains_from s 3 'h') (String.rcontains_from s 3 'o');
  (match String.contains_from s 99 'a' with b -> Printf.printf "%b\n" b | exception Invalid_argument m -> print_endline m);
  Printf.printf "starts %b %b ends %b %b\n" (String.starts_with ~prefix:"hello" s) (String.starts_with ~prefix:"world" s)
    (String.ends_with ~suffix:"again" s) (String.ends_with ~suffix:"" s);
  let rec count_sub sub from acc =
    match String.index_from_opt s from sub.[0] with
    | None -> acc
    | Some i ->
      let ok = i + String.length sub <= String.length s && String.sub s i (String.length sub) = sub in
      count_sub sub (i + 1) (if ok then acc + 1 else acc) in
  Printf.printf "hello occurs %d times, l occurs %d times\n" (count_sub "hello" 0 0) (count_sub "l" 0 0);
  Printf.printf "exists %b for_all %b\n" (String.exists (fun c -> c = ';') s) (String.for_all (fun c -> c <> 'Q') s)
