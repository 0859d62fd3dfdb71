(* Objects with many methods: public method lookup (caml_get_public_method's binary search over
   the method table) for every method, from several classes sharing method names. *)
class big k = object
  method alpha = k * 1 + 5
  method bravo = k * 2 + 5
  method charlie = k * 3 + 7
  method delta = k * 4 + 5
  method echo = k * 5 + 4
  method foxtrot = k * 6 + 7
  method golf = k * 7 + 4
  method hotel = k * 8 + 5
  method india = k * 9 + 5
  method juliet = k * 10 + 6
  method kilo = k * 11 + 4
  method lima = k * 12 + 4
  method mike = k * 13 + 4
  method november = k * 14 + 8
  method oscar = k * 15 + 5
  method papa = k * 16 + 4
  method quebec = k * 17 + 6
  method romeo = k * 18 + 5
  method sierra = k * 19 + 6
  method tango = k * 20 + 5
  method uniform = k * 21 + 7
  method victor = k * 22 + 6
  method whiskey = k * 23 + 7
  method xray = k * 24 + 4
  method yankee = k * 25 + 6
  method zulu = k * 26 + 4
end
class bigger k = object
  inherit big k as super
  method! alpha = super#alpha * 1000
  method! delta = super#delta * 1000
  method! golf = super#golf * 1000
  method! juliet = super#juliet * 1000
  method! mike = super#mike * 1000
  method! papa = super#papa * 1000
  method! sierra = super#sierra * 1000
  method! victor = super#victor * 1000
  method! yankee = super#yankee * 1000
  method extra = k
end

let all (o : big) = [
  ("alpha", o#alpha);
  ("bravo", o#bravo);
  ("charlie", o#charlie);
  ("delta", o#delta);
  ("echo", o#echo);
  ("foxtrot", o#foxtrot);
  ("golf", o#golf);
  ("hotel", o#hotel);
  ("india", o#india);
  ("juliet", o#juliet);
  ("kilo", o#kilo);
  ("lima", o#lima);
  ("mike", o#mike);
  ("november", o#november);
  ("oscar", o#oscar);
  ("papa", o#papa);
  ("quebec", o#quebec);
  ("romeo", o#romeo);
  ("sierra", o#sierra);
  ("tango", o#tango);
  ("uniform", o#uniform);
  ("victor", o#victor);
  ("whiskey", o#whiskey);
  ("xray", o#xray);
  ("yankee", o#yankee);
  ("zulu", o#zulu);
]

let () =
  let objs = [ new big 1; new big 7; (new bigger 2 :> big) ] in
  List.iter (fun o ->
      let l = all o in
      print_endline (String.concat " " (List.map (fun (n, v) -> String.sub n 0 2 ^ "=" ^ string_of_int v) l));
      Printf.printf "sum %d\n" (List.fold_left (fun a (_, v) -> a + v) 0 l)) objs;
  let b = new bigger 3 in
  Printf.printf "extra %d zulu %d alpha %d\n" b#extra b#zulu b#alpha;
  (* the same call site, alternating classes *)
  let total = ref 0 in
  for i = 0 to 59 do
    let o = List.nth objs (i mod 3) in
    total := !total + (match i mod 4 with 0 -> o#alpha | 1 -> o#mike | 2 -> o#zulu | _ -> o#golf)
  done;
  Printf.printf "total %d\n" !total
