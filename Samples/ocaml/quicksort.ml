(* In-place quicksort of an int array filled by a linear congruential generator. *)
let rec qsort a lo hi =
  if lo < hi then begin
    let pivot = a.(hi) in
    let i = ref lo in
    for j = lo to hi - 1 do
      if a.(j) <= pivot then begin
        let t = a.(!i) in a.(!i) <- a.(j); a.(j) <- t; incr i
      end
    done;
    let t = a.(!i) in a.(!i) <- a.(hi); a.(hi) <- t;
    qsort a lo (!i - 1);
    qsort a (!i + 1) hi
  end

let () =
  let n = 150_000 in
  let seed = ref 12345 in
  let a = Array.init n (fun _ -> seed := (!seed * 1237 + 4321) land 0x7FFFF; !seed) in
  qsort a 0 (n - 1);
  let sorted = ref true in
  for i = 1 to n - 1 do if a.(i - 1) > a.(i) then sorted := false done;
  Printf.printf "sorted %b, min %d, median %d, max %d\n" !sorted a.(0) a.(n / 2) a.(n - 1)
