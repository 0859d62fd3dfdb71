type shape = Circle of float | Rect of float * float | Named of string * int
let big = 0x123456789ABCDEFL
let negative = -42L
let small32 = 17l
let native = 42n
let pi = 3.14159
let floats = [| 1.5; -2.25; 1e300 |]
let text = "tab\there \"quoted\" \\ \001 caf\xc3\xa9"
let shapes = [ Circle 1.0; Rect (2.0, 3.5); Named ("sq", 4) ]
let pair = (1, "one")
let area = function
  | Circle r -> pi *. r *. r
  | Rect (w, h) -> w *. h
  | Named (_, n) -> float_of_int n
let () =
  List.iter (fun s -> Printf.printf "%g\n" (area s)) shapes;
  Printf.printf "%Ld %Ld %ld %nd %s %d %s\n" big negative small32 native text (fst pair) (snd pair);
  Array.iter (Printf.printf "%g ") floats;
  print_newline ()
