(* Lazy values across garbage collections: forced values (Forward blocks the GC may short-circuit),
   unforced lazies holding closures over big data, and lazies of floats and of lazies. *)
let make n = lazy (Array.fold_left ( + ) 0 (Array.init n (fun i -> i)))

let () =
  let lazies = Array.init 200 (fun i -> make (i + 1)) in
  for i = 0 to 199 do if i mod 3 = 0 then ignore (Lazy.force lazies.(i)) done;
  Gc.full_major ();
  let garbage = ref [] in
  for i = 1 to 2000 do garbage := String.make (i mod 50) 'x' :: !garbage; if i mod 500 = 0 then garbage := [] done;
  Gc.compact ();
  let forced = Array.fold_left (fun a l -> if Lazy.is_val l then a + 1 else a) 0 lazies in
  Printf.printf "forced before %d\n" forced;
  let total = Array.fold_left (fun a l -> a + Lazy.force l) 0 lazies in
  Printf.printf "total %d\n" total;
  Gc.full_major ();
  Printf.printf "all forced %b, sample %d %d %d\n" (Array.for_all Lazy.is_val lazies)
    (Lazy.force lazies.(0)) (Lazy.force lazies.(99)) (Lazy.force lazies.(199));
  let lf = Array.init 50 (fun i -> lazy (float_of_int i *. 0.5)) in
  Gc.minor ();
  let s = Array.fold_left (fun a l -> a +. Lazy.force l) 0.0 lf in
  Gc.full_major ();
  Printf.printf "float sum %.2f again %.2f\n" s (Array.fold_left (fun a l -> a +. Lazy.force l) 0.0 lf);
  let nested = List.init 20 (fun i -> lazy (lazy (string_of_int i))) in
  Gc.full_major ();
  print_endline (String.concat "" (List.map (fun l -> Lazy.force (Lazy.force l)) nested));
  let shared = lazy (ref 0) in
  let users = List.init 10 (fun _ -> fun () -> incr (Lazy.force shared)) in
  List.iter (fun f -> f ()) users;
  Gc.full_major ();
  List.iter (fun f -> f ()) users;
  Printf.printf "shared %d\n" !(Lazy.force shared)
