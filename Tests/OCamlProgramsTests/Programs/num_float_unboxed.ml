(* Float temporaries native code keeps unboxed between inline float primitives: results
   that only feed other float operations, that are stored in refs, records and arrays,
   passed to functions, live across calls, raised, compared physically, or join at an
   if/match. Each must print what ocamlrun prints. *)
type point = { mutable x : float; mutable y : float }
type mixed = { name : string; mutable weight : float; mutable count : int }

exception Found of float

let poly a b c x = a *. x *. x +. b *. x +. c
let id (f : float) = f
let twice f x = f (f x)

let () =
  (* Chains of temporaries, and comparisons of temporaries. *)
  let a = 1.5 and b = -2.25 and c = 0.125 in
  Printf.printf "poly %.17g %.17g %.17g\n" (poly a b c 3.0) (poly a b c (-0.5)) (poly a b c 1e10);
  Printf.printf "cmp %b %b %b %b\n" (a *. a > b *. b) (a +. b <= c -. a) (a /. 0.0 = infinity) (0.0 /. 0.0 <> 0.0 /. 0.0);
  Printf.printf "neg %.17g of_int %.17g\n" (-. (a *. b)) (float_of_int 7 *. float_of_int (-3) /. 2.0);
  (* A temporary live across a call, and passed to one. *)
  let t = a *. 4.0 in
  let u = id (t +. 1.0) in
  Printf.printf "across %.17g %.17g %.17g\n" t u (twice (fun v -> v *. v +. t) 0.5);
  (* Refs updated in loops: the loop's join keeps a box. *)
  let zr = ref 0.0 and zi = ref 0.0 and n = ref 0 in
  while !n < 30 && !zr *. !zr +. !zi *. !zi <= 4.0 do
    let tmp = !zr *. !zr -. !zi *. !zi +. (-0.75) in
    zi := 2.0 *. !zr *. !zi +. 0.1;
    zr := tmp;
    incr n
  done;
  Printf.printf "orbit %d %.17g %.17g\n" !n !zr !zi;
  (* Records of floats (unboxed fields) and mixed records. *)
  let p = { x = 1.0; y = 2.0 } in
  for i = 1 to 10 do
    p.x <- p.x *. 1.5 +. p.y;
    p.y <- p.y -. p.x /. float_of_int i
  done;
  let m = { name = "m"; weight = 0.5; count = 0 } in
  m.weight <- m.weight *. p.x +. 1.0;
  m.count <- m.count + 1;
  Printf.printf "record %.17g %.17g %s %.17g %d\n" p.x p.y m.name m.weight m.count;
  (* Float arrays and a boxed float in a list and a tuple. *)
  let v = Array.init 8 (fun i -> float_of_int i *. 0.5) in
  for i = 1 to 7 do v.(i) <- v.(i - 1) *. 0.5 +. v.(i) done;
  let pair = (v.(7) *. 2.0, v.(3) +. 1.0) in
  let l = [fst pair +. snd pair; fst pair -. snd pair] in
  Printf.printf "array %.17g %.17g list %s\n" v.(7) (fst pair) (String.concat "," (List.map string_of_float l));
  (* A temporary that is raised, and one on both sides of an if. *)
  (try
     for i = 1 to 100 do
       let s = float_of_int i *. float_of_int i in
       if s > 50.0 then raise (Found (s +. 0.5))
     done
   with Found f -> Printf.printf "found %.17g\n" f);
  let pick k = if k > 2 then a *. 2.0 else b *. 2.0 in
  let w = match int_of_float (pick 3) with 3 -> c *. c | _ -> c +. c in
  Printf.printf "pick %.17g %.17g %.17g\n" (pick 1) (pick 5) w;
  (* Polymorphic comparison and hashing of computed floats. *)
  let h1 = a *. b and h2 = b *. a in
  Printf.printf "poly-eq %b compare %d hash %b\n" (h1 = h2) (compare (h1 +. 1.0) h2) (Hashtbl.hash h1 = Hashtbl.hash h2);
  let f = a +. 1.0 in
  Printf.printf "phys %b\n" (let g = f in g == g)
