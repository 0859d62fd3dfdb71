(* Classic string algorithms: KMP search, palindromes, edit distance, run-length encoding, anagrams. *)
let kmp_table p =
  let m = String.length p in
  let t = Array.make (m + 1) 0 in
  t.(0) <- -1;
  let k = ref (-1) in
  for i = 0 to m - 1 do
    while !k >= 0 && p.[!k] <> p.[i] do k := t.(!k) done;
    incr k; t.(i + 1) <- !k
  done; t

let kmp_all p s =
  let t = kmp_table p and m = String.length p in
  let res = ref [] and k = ref 0 in
  String.iteri (fun i c ->
    while !k >= 0 && (!k = m || p.[!k] <> c) do k := t.(!k) done;
    incr k;
    if !k = m then res := (i - m + 1) :: !res) s;
  List.rev !res

let is_pal s = let n = String.length s in let rec go i = i >= n / 2 || (s.[i] = s.[n - 1 - i] && go (i + 1)) in go 0

let edit a b =
  let n = String.length a and m = String.length b in
  let d = Array.make_matrix (n + 1) (m + 1) 0 in
  for i = 0 to n do d.(i).(0) <- i done;
  for j = 0 to m do d.(0).(j) <- j done;
  for i = 1 to n do for j = 1 to m do
    let c = if a.[i - 1] = b.[j - 1] then 0 else 1 in
    d.(i).(j) <- min (min (d.(i - 1).(j) + 1) (d.(i).(j - 1) + 1)) (d.(i - 1).(j - 1) + c)
  done done;
  d.(n).(m)

let rle s =
  let b = Buffer.create 16 in
  let n = String.length s in
  let i = ref 0 in
  while !i < n do
    let j = ref !i in
    while !j < n && s.[!j] = s.[!i] do incr j done;
    Printf.bprintf b "%d%c" (!j - !i) s.[!i];
    i := !j
  done; Buffer.contents b

let sort_chars s = let a = Array.init (String.length s) (String.get s) in Array.sort compare a; String.init (Array.length a) (Array.get a)

let () =
  let text = "abracadabra abracadabra cadabra" in
  List.iter (fun p -> Printf.printf "%S at [%s]\n" p (String.concat "," (List.map string_of_int (kmp_all p text))))
    ["abra"; "cad"; "a"; "zzz"; "abracadabra"; "ra ab"];
  List.iter (fun s -> Printf.printf "%S palindrome %b\n" s (is_pal s)) ["racecar"; "abba"; "abc"; ""; "x"; "amanaplanacanalpanama"];
  List.iter (fun (a, b) -> Printf.printf "edit %S %S = %d\n" a b (edit a b))
    [("kitten", "sitting"); ("flaw", "lawn"); ("", "abc"); ("same", "same"); ("intention", "execution")];
  List.iter (fun s -> Printf.printf "rle %S = %s\n" s (rle s)) ["aaabbbcccd"; "abc"; ""; "zzzzzzzzzzzz"; "aabbaa"];
  let words = ["listen"; "silent"; "enlist"; "google"; "gooegl"; "cat"; "act"; "tac"; "dog"] in
  let groups = Hashtbl.create 8 in
  List.iter (fun w -> let k = sort_chars w in Hashtbl.replace groups k (w :: (try Hashtbl.find groups k with Not_found -> []))) words;
  let keys = List.sort compare (Hashtbl.fold (fun k _ acc -> k :: acc) groups []) in
  List.iter (fun k -> Printf.printf "%s: %s\n" k (String.concat " " (List.rev (Hashtbl.find groups k)))) keys
