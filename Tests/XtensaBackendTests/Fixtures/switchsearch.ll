; A sparse switch with many case ranges: a binary search (x <u the middle range's low
; value), short chains at the leaves, a run tested as a range; and a switch on i64, grouped
; by high word.
define i32 @sparse(i32 %x) {
entry:
  switch i32 %x, label %other [
    i32 -100000, label %a
    i32 -7, label %b
    i32 0, label %c
    i32 3, label %d
    i32 17, label %a
    i32 99, label %b
    i32 1000, label %c
    i32 1001, label %c
    i32 1002, label %c
    i32 4096, label %d
    i32 100000, label %a
  ]
a:
  ret i32 1
b:
  ret i32 2
c:
  ret i32 3
d:
  ret i32 4
other:
  ret i32 0
}

define i32 @wide(i64 %x) {
entry:
  switch i64 %x, label %other [
    i64 0, label %a
    i64 1, label %b
    i64 4294967296, label %c
    i64 -1, label %d
  ]
a:
  ret i32 1
b:
  ret i32 2
c:
  ret i32 3
d:
  ret i32 4
other:
  ret i32 0
}
