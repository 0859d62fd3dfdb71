(* Map and Set over variant, tuple and string keys; Hashtbl.Make with a custom hash. *)
type suit = Hearts | Diamonds | Clubs | Spades
type card = { rank : int; suit : suit }

module Card = struct
  type t = card
  let suit_order = function Clubs -> 0 | Diamonds -> 1 | Hearts -> 2 | Spades -> 3
  let compare a b = match compare a.rank b.rank with 0 -> compare (suit_order a.suit) (suit_order b.suit) | c -> c
end
module CardSet = Set.Make (Card)
module SuitMap = Map.Make (struct type t = suit let compare = compare end)
module PairMap = Map.Make (struct type t = int * string let compare = compare end)
module SMap = Map.Make (String)

module Caseless = Hashtbl.Make (struct
    type t = string
    let equal a b = String.lowercase_ascii a = String.lowercase_ascii b
    let hash s = Hashtbl.hash (String.lowercase_ascii s)
  end)

let show_suit = function Hearts -> "H" | Diamonds -> "D" | Clubs -> "C" | Spades -> "S"
let show_card c = (match c.rank with 11 -> "J" | 12 -> "Q" | 13 -> "K" | 14 -> "A" | n -> string_of_int n) ^ show_suit c.suit

let () =
  let deal = List.map (fun (r, s) -> { rank = r; suit = s })
      [ (14, Spades); (2, Hearts); (11, Clubs); (2, Clubs); (14, Hearts); (7, Diamonds); (11, Clubs); (13, Spades) ] in
  let hand = CardSet.of_list deal in
  Printf.printf "hand (%d): %s\n" (CardSet.cardinal hand) (String.concat " " (List.map show_card (CardSet.elements hand)));
  let by_suit = List.fold_left (fun m c -> SuitMap.update c.suit (fun o -> Some (c :: Option.value o ~default:[])) m) SuitMap.empty deal in
  SuitMap.iter (fun s cs -> Printf.printf "%s:%d " (show_suit s) (List.length cs)) by_suit; print_newline ();
  let high = CardSet.filter (fun c -> c.rank > 10) hand in
  Printf.printf "high %s, exists ace %b, for_all>1 %b\n" (String.concat " " (List.map show_card (CardSet.elements high)))
    (CardSet.exists (fun c -> c.rank = 14) hand) (CardSet.for_all (fun c -> c.rank > 1) hand);
  let pm = List.fold_left (fun m (k, v) -> PairMap.add k v m) PairMap.empty
      [ ((2, "b"), 1.5); ((1, "z"), 2.5); ((2, "a"), 3.5); ((1, "z"), 9.0) ] in
  PairMap.iter (fun (n, s) v -> Printf.printf "(%d,%s)=%.1f " n s v) pm; print_newline ();
  let words = String.split_on_char ' ' "the cat and the dog and the bird" in
  let freq = List.fold_left (fun m w -> SMap.add w (1 + Option.value (SMap.find_opt w m) ~default:0) m) SMap.empty words in
  print_endline (String.concat " " (List.map (fun (k, v) -> k ^ "=" ^ string_of_int v) (SMap.bindings freq)));
  let (lo, mid, hi) = SMap.split "cat" freq in
  Printf.printf "split %d %s %d; min %s max %s\n" (SMap.cardinal lo) (match mid with Some n -> string_of_int n | None -> "-")
    (SMap.cardinal hi) (fst (SMap.min_binding freq)) (fst (SMap.max_binding freq));
  let merged = SMap.merge (fun _ a b -> match a, b with Some x, Some y -> Some (x * y) | Some x, None | None, Some x -> Some x | None, None -> None)
      freq (SMap.of_seq (List.to_seq [ ("the", 10); ("fish", 1) ])) in
  print_endline (String.concat " " (List.map (fun (k, v) -> k ^ "=" ^ string_of_int v) (SMap.bindings merged)));
  let t = Caseless.create 8 in
  List.iter (fun (k, v) -> Caseless.replace t k v) [ ("Hello", 1); ("HELLO", 2); ("world", 3); ("World", 4); ("x", 5) ];
  Printf.printf "caseless %d hello=%d WORLD=%d\n" (Caseless.length t) (Caseless.find t "hello") (Caseless.find t "WORLD")
