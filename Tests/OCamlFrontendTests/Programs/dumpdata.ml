(* Prints the global table of a bytecode executable as OCaml's own input_value reads it,
   in the syntax Kiln's ValuePrinter uses: the oracle for Kiln's marshal reader. *)
let same_custom x y = Obj.field x 0 = Obj.field (Obj.repr y) 0

let rec print_obj x =
  if Obj.is_block x then begin
    let tag = Obj.tag x in
    if tag = Obj.string_tag then Printf.printf "%S" (Obj.magic x : string)
    else if tag = Obj.double_tag then Printf.printf "%.12g" (Obj.magic x : float)
    else if tag = Obj.double_array_tag then begin
      let a = (Obj.magic x : floatarray) in
      print_string "[|";
      for i = 0 to Array.Floatarray.length a - 1 do
        if i > 0 then print_string ", ";
        Printf.printf "%.12g" (Array.Floatarray.get a i)
      done;
      print_string "|]"
    end
    else if tag = Obj.custom_tag && same_custom x 0l then Printf.printf "%ldl" (Obj.magic x : int32)
    else if tag = Obj.custom_tag && same_custom x 0n then Printf.printf "%ndn" (Obj.magic x : nativeint)
    else if tag = Obj.custom_tag && same_custom x 0L then Printf.printf "%LdL" (Obj.magic x : int64)
    else if tag < Obj.no_scan_tag then begin
      Printf.printf "<%d>" tag;
      if Obj.size x > 0 then begin
        print_string "(";
        for i = 0 to Obj.size x - 1 do
          if i > 0 then print_string ", ";
          print_obj (Obj.field x i)
        done;
        print_string ")"
      end
    end
    else Printf.printf "<tag %d>" tag
  end
  else print_int (Obj.magic x : int)

let () =
  let ic = open_in_bin Sys.argv.(1) in
  let len = in_channel_length ic in
  seek_in ic (len - 16);
  let count = input_binary_int ic in
  seek_in ic (len - 16 - 8 * count);
  let toc = List.init count (fun _ ->
    let name = really_input_string ic 4 in
    let size = input_binary_int ic in
    (name, size)) in
  let total = List.fold_left (fun acc (_, size) -> acc + size) 0 toc in
  let start = len - 16 - 8 * count - total in
  let rec offset_of pos = function
    | [] -> raise Not_found
    | ("DATA", _) :: _ -> pos
    | (_, size) :: rest -> offset_of (pos + size) rest in
  seek_in ic (offset_of start toc);
  let globals = (input_value ic : Obj.t array) in
  Array.iteri (fun i g -> Printf.printf "%d: " i; print_obj g; print_newline ()) globals
