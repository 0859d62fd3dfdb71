; Register-register and register-immediate forms of the i32 operators.
define i32 @add(i32 %a, i32 %b) {
  %r = add i32 %a, %b
  ret i32 %r
}

define i32 @add_immediates(i32 %a) {
  %x = add i32 %a, 100        ; addi
  %y = add i32 %x, 512        ; addmi
  %z = add i32 %y, 1000       ; addmi + addi
  %w = sub i32 %z, 5          ; addi -5
  ret i32 %w
}

define i32 @logic(i32 %a, i32 %b, i32 %c) {
  %x = and i32 %a, %b
  %y = or i32 %x, %c
  %z = xor i32 %y, %a
  %m = and i32 %z, 255        ; extui
  ret i32 %m
}

define i32 @multiply(i32 %a, i32 %b) {
  %x = mul i32 %a, %b
  %y = mul i32 %x, 8          ; slli
  ret i32 %y
}

define i32 @negate(i32 %a) {
  %r = sub i32 0, %a
  ret i32 %r
}

define i32 @shifts(i32 %a, i32 %n) {
  %x = shl i32 %a, %n
  %y = lshr i32 %x, %n
  %z = ashr i32 %y, %n
  %p = shl i32 %z, 3
  %q = lshr i32 %p, 5         ; srli
  %r = lshr i32 %q, 20        ; extui (srli reaches 15)
  %s = ashr i32 %r, 31
  ret i32 %s
}

define i32 @divide(i32 %a, i32 %b) {
  %q = sdiv i32 %a, %b
  %r = urem i32 %q, %b
  %s = srem i32 %r, %a
  %u = udiv i32 %s, %b
  ret i32 %u
}
