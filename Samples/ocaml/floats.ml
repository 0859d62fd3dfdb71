(* Floating point: boxed doubles, float arrays, sqrt, a numerical integration and a
   Mandelbrot count. *)
let integrate f a b n =
  let h = (b -. a) /. float_of_int n in
  let s = ref 0.0 in
  for i = 0 to n - 1 do s := !s +. f (a +. (float_of_int i +. 0.5) *. h) done;
  !s *. h

let mandelbrot size =
  let inside = ref 0 in
  for y = 0 to size - 1 do
    for x = 0 to size - 1 do
      let cr = 2.0 *. float_of_int x /. float_of_int size -. 1.5
      and ci = 2.0 *. float_of_int y /. float_of_int size -. 1.0 in
      let zr = ref 0.0 and zi = ref 0.0 and i = ref 0 in
      while !i < 50 && !zr *. !zr +. !zi *. !zi <= 4.0 do
        let t = !zr *. !zr -. !zi *. !zi +. cr in
        zi := 2.0 *. !zr *. !zi +. ci; zr := t; incr i
      done;
      if !i = 50 then incr inside
    done
  done;
  !inside

let () =
  let v = Array.init 1000 (fun i -> sqrt (float_of_int i)) in
  let norm = Array.fold_left (fun acc x -> acc +. x *. x) 0.0 v in
  Printf.printf "integral %.9f, norm %.3f, mandelbrot %d\n"
    (integrate (fun x -> 4.0 /. (1.0 +. x *. x)) 0.0 1.0 100_000) norm (mandelbrot 200)
