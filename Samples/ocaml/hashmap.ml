(* Hashtbl and Map: hashing, structural comparison, allocation of balanced trees. *)
module IntMap = Map.Make (Int)

let () =
  let n = 50_000 in
  let table = Hashtbl.create 16 in
  for i = 0 to n - 1 do Hashtbl.replace table (string_of_int (i * 7)) i done;
  let found = ref 0 in
  for i = 0 to 2 * n - 1 do
    match Hashtbl.find_opt table (string_of_int i) with Some v -> found := !found + v | None -> ()
  done;
  let map = ref IntMap.empty in
  for i = 0 to n - 1 do map := IntMap.add ((i * 7919) mod n) i !map done;
  let sum = IntMap.fold (fun k v acc -> (acc + k * 3 + v) land 0xFFFFFF) !map 0 in
  Printf.printf "hashtbl: %d entries, found sum %d; map: %d keys, checksum %d\n"
    (Hashtbl.length table) !found (IntMap.cardinal !map) sum
