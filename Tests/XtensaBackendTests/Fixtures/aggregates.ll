; First-class aggregates: a value is its leaves' words (an i64 leaf two); a call returns up
; to four words in a10-a13 and a function in a2-a5, consecutive, as llc-22 does;
; insertvalue and extractvalue pick words; an aggregate argument is its leaves.
declare { i32, i64 } @make(i32)

define i32 @take(i32 %a) {
  %r = call { i32, i64 } @make(i32 %a)
  %k = extractvalue { i32, i64 } %r, 0
  %w = extractvalue { i32, i64 } %r, 1
  %h = lshr i64 %w, 32
  %hi = trunc i64 %h to i32
  %s = add i32 %k, %hi
  ret i32 %s
}

define { i32, { i32, i32 } } @build(i32 %a, i32 %b) {
  %x = insertvalue { i32, { i32, i32 } } zeroinitializer, i32 %a, 0
  %y = insertvalue { i32, { i32, i32 } } %x, i32 %b, 1, 1
  ret { i32, { i32, i32 } } %y
}

; An aggregate argument is laid out as its leaves would be as separate arguments.
declare i32 @leaves(i32, { i32, i64 }, [2 x i32])

define i32 @pass({ i32, i64 } %s) {
  %r = call i32 @leaves(i32 1, { i32, i64 } %s, [2 x i32] [i32 2, i32 3])
  ret i32 %r
}
