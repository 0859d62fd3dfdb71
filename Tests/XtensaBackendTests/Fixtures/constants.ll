; MOVI for -2048..2047, L32R from the function's literal pool beyond; one literal per value.
define i32 @small() {
  ret i32 -2048
}

define i32 @large(i32 %a) {
  %x = add i32 %a, 100000
  %y = xor i32 %x, 100000
  %z = and i32 %y, -65536
  ret i32 %z
}
