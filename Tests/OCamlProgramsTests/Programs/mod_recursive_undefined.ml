(* Recursive modules whose initialisation reads a not-yet-defined value raise
   Undefined_recursive_module; functions defined through them work once initialised. *)
module rec A : sig val get : unit -> int val base : int end = struct
  let base = 10
  let get () = B.twice base
end
and B : sig val twice : int -> int val cached : int Lazy.t end = struct
  let twice x = 2 * x
  let cached = lazy (A.get () + 1)
end

let () =
  Printf.printf "A.get %d, B.cached %d\n" (A.get ()) (Lazy.force B.cached);
  (* a local recursive module that evaluates the other eagerly during initialisation *)
  let result =
    try
      let module M = struct
        module rec X : sig val v : int end = struct let v = Y.w () + 1 end
        and Y : sig val w : unit -> int end = struct let w () = X.v * 2 end
      end in
      Printf.sprintf "no error %d" M.X.v
    with Undefined_recursive_module (file, line, col) ->
      Printf.sprintf "Undefined_recursive_module at %s line %d col %d" (Filename.basename file) line col
  in
  print_endline result;
  (* a recursive module with functions only: fine even when called from the other's body *)
  let module N = struct
    module rec P : sig val f : int -> int end = struct let f n = if n <= 0 then 0 else 1 + Q.g (n - 1) end
    and Q : sig val g : int -> int end = struct let g n = if n <= 0 then 0 else 2 + P.f (n - 1) end
  end in
  Printf.printf "P.f 10 = %d, Q.g 7 = %d\n" (N.P.f 10) (N.Q.g 7);
  (* uncaught at the end: exit code 2 *)
  let module W = struct
    module rec U : sig val x : int end = struct let x = V.y () end
    and V : sig val y : unit -> int end = struct let y () = U.x end
  end in
  Printf.printf "never printed %d\n" W.U.x
