; Selects become conditional moves; compares with zero fold into MOVEQZ/MOVNEZ/MOVLTZ/MOVGEZ.
define i32 @if_zero(i32 %c, i32 %a, i32 %b) {
  %t = icmp eq i32 %c, 0
  %r = select i1 %t, i32 %a, i32 %b
  ret i32 %r
}

define i32 @if_negative(i32 %c, i32 %a, i32 %b) {
  %t = icmp slt i32 %c, 0
  %r = select i1 %t, i32 %a, i32 %b
  ret i32 %r
}

define i32 @if_equal(i32 %x, i32 %y, i32 %a, i32 %b) {
  %t = icmp ne i32 %x, %y
  %r = select i1 %t, i32 %a, i32 %b
  ret i32 %r
}

define i32 @if_less(i32 %x, i32 %y, i32 %a, i32 %b) {
  %t = icmp ult i32 %x, %y
  %r = select i1 %t, i32 %a, i32 %b
  ret i32 %r
}

define i32 @compare_values(i32 %x, i32 %y) {
  %lt = icmp slt i32 %x, %y
  %ne = icmp ne i32 %x, %y
  %neg = icmp slt i32 %x, 0
  %a = zext i1 %lt to i32
  %b = zext i1 %ne to i32
  %c = zext i1 %neg to i32
  %s = add i32 %a, %b
  %t = add i32 %s, %c
  ret i32 %t
}
