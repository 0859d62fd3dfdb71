(* Buffer growing to large sizes, checked with checksums and samples. Sized for the
   device's default 256 KiB heap: a 40 KB text, its lines, and a 32 KB doubled buffer. *)
let checksum s =
  let h = ref 0 in
  String.iter (fun c -> h := (!h * 31 + Char.code c) land 0xFFFFFF) s;
  !h

(* Each part in its own function, so that its data is dead (off the stack) after it. *)
let text_part () =
  let b = Buffer.create 16 in
  for i = 0 to 7999 do
    Buffer.add_string b (string_of_int i);
    Buffer.add_char b (if i mod 10 = 9 then '\n' else ',')
  done;
  let s = Buffer.contents b in
  Printf.printf "length %d checksum %d\n" (String.length s) (checksum s);
  Printf.printf "first %S\n" (String.sub s 0 30);
  Printf.printf "last %S\n" (String.sub s (String.length s - 30) 30);
  let lines = String.split_on_char '\n' s in
  Printf.printf "lines %d, line 734: %s\n" (List.length lines) (List.nth lines 734);
  ()

let doubling_part () =
  let big = Buffer.create 1 in
  for _ = 1 to 15 do Buffer.add_buffer big big; Buffer.add_char big 'x' done;
  Printf.printf "doubling length %d, x count %d\n" (Buffer.length big)
    (String.fold_left (fun n c -> if c = 'x' then n + 1 else n) 0 (Buffer.contents big));
  ()

let small_adds_part () =
  let b2 = Buffer.create 0 in
  for i = 1 to 3000 do Buffer.add_string b2 (String.make (i mod 17) (Char.chr (97 + i mod 26))) done;
  Printf.printf "b2 %d %d %c %c\n" (Buffer.length b2) (checksum (Buffer.contents b2)) (Buffer.nth b2 1000) (Buffer.nth b2 20000);
  Buffer.truncate b2 10;
  Printf.printf "after truncate %S\n" (Buffer.contents b2);
  let s2 = String.concat "" (List.init 500 (fun i -> Printf.sprintf "[%03d]" i)) in
  Printf.printf "concat %d %d\n" (String.length s2) (checksum s2)

let () = text_part (); Gc.compact (); doubling_part (); Gc.compact (); small_adds_part ()
