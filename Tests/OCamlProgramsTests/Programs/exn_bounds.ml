(* index out of bounds on arrays, float arrays, strings and bytes (get and set, unsafe
   accessors excluded), sub/blit/fill range errors, with the messages ocamlrun prints *)
let show name f =
  match f () with
  | () -> Printf.printf "%s: ok\n" name
  | exception Invalid_argument m -> Printf.printf "%s: Invalid_argument %S\n" name m

let a = Array.init 10 (fun i -> i * i)
let fa = Array.make 4 1.5
let s = "hello, world"
let b = Bytes.of_string "bytes!"

let () =
  show "a.(9)" (fun () -> ignore a.(9));
  show "a.(10)" (fun () -> ignore a.(10));
  show "a.(-1)" (fun () -> ignore a.(-1));
  show "a.(10)<-" (fun () -> a.(10) <- 0);
  show "fa.(4)" (fun () -> ignore fa.(4));
  show "fa.(-1)<-" (fun () -> fa.(-1) <- 0.0);
  show "s.[11]" (fun () -> ignore s.[11]);
  show "s.[12]" (fun () -> ignore s.[12]);
  show "b.[6]" (fun () -> ignore (Bytes.get b 6));
  show "b.[6]<-" (fun () -> Bytes.set b 6 'x');
  show "b.[-3]<-" (fun () -> Bytes.set b (-3) 'x');
  show "Array.sub" (fun () -> ignore (Array.sub a 5 6));
  show "Array.sub ok" (fun () -> ignore (Array.sub a 5 5));
  show "Array.blit" (fun () -> Array.blit a 0 a 5 6);
  show "Array.fill" (fun () -> Array.fill a (-1) 2 0);
  show "String.sub" (fun () -> ignore (String.sub s 3 20));
  show "Bytes.blit" (fun () -> Bytes.blit b 0 b 3 4);
  show "Bytes.blit_string" (fun () -> Bytes.blit_string s 10 b 0 3);
  show "Bytes.fill" (fun () -> Bytes.fill b 2 5 'z');
  show "String.init" (fun () -> ignore (String.init (-1) (fun _ -> 'a')));
  show "Array.init" (fun () -> ignore (Array.init (-1) (fun _ -> 0)));
  show "Bytes.make" (fun () -> ignore (Bytes.make (-2) 'q'));
  show "String.get_uint8" (fun () -> ignore (String.get_uint8 s 12));
  show "Bytes.set_int16_le" (fun () -> Bytes.set_int16_le b 5 1);
  show "Bytes.set_int16_le ok" (fun () -> Bytes.set_int16_le b 4 0x4142);
  show "Char.chr" (fun () -> ignore (Char.chr 256));
  show "Array.make_matrix" (fun () -> ignore (Array.make_matrix (-1) 2 0));
  show "Float.Array.get" (fun () -> ignore (Float.Array.get (Float.Array.make 3 0.) 3));
  Printf.printf "b = %S\n" (Bytes.to_string b)

(* out-of-bounds inside a loop: the first failing index is found *)
let () =
  let n = ref 0 in
  (try while true do a.(!n) <- !n; incr n done with Invalid_argument _ -> ());
  Printf.printf "stopped at %d, sum %d\n" !n (Array.fold_left ( + ) 0 a);
  let m = Array.make_matrix 3 4 0 in
  let count = ref 0 in
  for i = 0 to 4 do
    for j = 0 to 5 do
      try m.(i).(j) <- i * j; incr count with Invalid_argument _ -> ()
    done
  done;
  Printf.printf "matrix writes %d, last %d\n" !count m.(2).(3)
