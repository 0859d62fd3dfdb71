(* The sieve of Eratosthenes over a Bytes buffer, repeated: loops, string accesses. *)
let sieve n =
  let composite = Bytes.make (n + 1) '\000' in
  let count = ref 0 in
  for i = 2 to n do
    if Bytes.get composite i = '\000' then begin
      incr count;
      (* i * i would overflow a 31-bit int for the large i: start only below sqrt n. *)
      let j = ref (if i <= n / i then i * i else n + 1) in
      while !j <= n do Bytes.set composite !j '\001'; j := !j + i done
    end
  done;
  !count

let () =
  let r = ref 0 in
  for _ = 1 to 30 do r := sieve 100_000 done;
  Printf.printf "primes below 100000: %d\n" !r
