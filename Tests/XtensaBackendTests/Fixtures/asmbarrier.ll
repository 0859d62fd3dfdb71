; An empty `asm sideeffect ""` without results (Swift's optimisation barrier, found in the
; soft-float runtime's IR) selects to nothing; any other inline assembly is refused.
define i32 @barrier(i32 %a) {
  call void asm sideeffect "", "n"(i32 6)
  %b = add i32 %a, 1
  call void asm sideeffect "", ""()
  ret i32 %b
}
