(* Exceptions defined locally (let exception), with arguments, in functions called repeatedly. *)
let find_first p l =
  let exception Found of int * string in
  try
    List.iteri (fun i x -> if p x then raise (Found (i, x))) l;
    None
  with Found (i, x) -> Some (i, x)

let early_exit_sum limit l =
  let exception Stop of int in
  try List.fold_left (fun acc x -> if acc + x > limit then raise (Stop acc) else acc + x) 0 l
  with Stop acc -> -acc

(* each call creates a distinct exception: one raised by an inner call is not caught by an outer handler for its own *)
let rec nested depth =
  let exception E of int in
  if depth = 0 then raise (E 0)
  else try nested (depth - 1) with E n -> raise (E (n + 1))

module M = struct
  exception Local_in_module of string list
  let f () = raise (Local_in_module ["a"; "b"])
end

exception Outer of { what : string; n : int }
exception Plain
exception With_float of float * float

let () =
  (match find_first (fun s -> String.length s > 3) ["ab"; "abc"; "abcd"; "abcde"] with
   | Some (i, s) -> Printf.printf "found %d %s\n" i s
   | None -> print_endline "none");
  (match find_first (fun s -> s = "zz") ["a"] with Some _ -> print_endline "?" | None -> print_endline "none");
  Printf.printf "sum %d %d\n" (early_exit_sum 10 [1; 2; 3; 4; 5]) (early_exit_sum 100 [1; 2; 3]);
  (try nested 3 with e -> Printf.printf "escaped: %s\n" (Printexc.to_string e));
  (try M.f () with M.Local_in_module l -> Printf.printf "module exn %s\n" (String.concat "+" l));
  let exns = [ Outer { what = "x"; n = 3 }; Plain; With_float (1.5, -0.25); Not_found;
               Invalid_argument "arg"; Failure "fail"; Exit; Division_by_zero; End_of_file;
               Sys_error "sys"; Stack_overflow; Out_of_memory ] in
  List.iter (fun e -> print_endline (Printexc.to_string e)) exns;
  List.iter (fun e ->
      let r = try raise e with
        | Outer { what; n } -> Printf.sprintf "outer %s %d" what n
        | Plain -> "plain"
        | With_float (a, b) -> Printf.sprintf "float %.2f" (a +. b)
        | Not_found | Exit -> "nf/exit"
        | Invalid_argument s | Failure s | Sys_error s -> "string " ^ s
        | _ -> "other" in
      print_endline r) exns;
  let count = ref 0 in
  for i = 1 to 50 do
    let exception Skip in
    try if i mod 7 = 0 then raise Skip else count := !count + i with Skip -> count := !count - 1000
  done;
  Printf.printf "count %d\n" !count;
  Printf.printf "exn equality %b %b\n" (Plain = Plain) (Failure "a" = Failure "a")
