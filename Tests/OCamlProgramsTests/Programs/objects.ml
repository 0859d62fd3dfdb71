class counter init = object (self)
  val mutable n = init
  method incr = n <- n + 1; self#get
  method get = n
end
class named (name : string) init = object
  inherit counter init
  method name = name
  method! get = n * 10
end
let () =
  let c = new counter 5 in
  ignore (c#incr);
  Printf.printf "%d\n" c#get;
  let d = new named "dee" 2 in
  Printf.printf "%s %d %d\n" d#name (d#incr) d#get;
  let objs = [ (c :> counter); (d :> counter) ] in
  List.iter (fun o -> Printf.printf "%d " o#get) objs; print_newline ();
  let o = object method hello = "immediate" end in
  print_endline o#hello
