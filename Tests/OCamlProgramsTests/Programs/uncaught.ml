exception Boom of int
let () = print_endline "before"; raise (Boom 7)
