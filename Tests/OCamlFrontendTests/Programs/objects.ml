class point x0 = object (self)
  val mutable x = x0
  method get = x
  method move d = x <- x + d
  method twice = self#move x; self#get
end
let describe o = o#name ^ "!"
let () =
  let p = new point 4 in
  p#move 3;
  let o = object method name = "anonymous" end in
  Printf.printf "%d %d %s\n" p#get p#twice (describe o)
