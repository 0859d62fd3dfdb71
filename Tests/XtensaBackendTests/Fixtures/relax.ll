; A branch over more code than BRI8 reaches (127 bytes) becomes the inverted branch over a J.
define i32 @far(i32 %a, i32 %b) {
entry:
  %c = icmp eq i32 %a, %b
  br i1 %c, label %exit, label %body
body:
  %x0 = xor i32 %b, 100
  %x1 = xor i32 %x0, 101
  %x2 = xor i32 %x1, 102
  %x3 = xor i32 %x2, 103
  %x4 = xor i32 %x3, 104
  %x5 = xor i32 %x4, 105
  %x6 = xor i32 %x5, 106
  %x7 = xor i32 %x6, 107
  %x8 = xor i32 %x7, 108
  %x9 = xor i32 %x8, 109
  %x10 = xor i32 %x9, 110
  %x11 = xor i32 %x10, 111
  %x12 = xor i32 %x11, 112
  %x13 = xor i32 %x12, 113
  %x14 = xor i32 %x13, 114
  %x15 = xor i32 %x14, 115
  %x16 = xor i32 %x15, 116
  %x17 = xor i32 %x16, 117
  %x18 = xor i32 %x17, 118
  %x19 = xor i32 %x18, 119
  %x20 = xor i32 %x19, 120
  %x21 = xor i32 %x20, 121
  %x22 = xor i32 %x21, 122
  %x23 = xor i32 %x22, 123
  %x24 = xor i32 %x23, 124
  %x25 = xor i32 %x24, 125
  %x26 = xor i32 %x25, 126
  %x27 = xor i32 %x26, 127
  %x28 = xor i32 %x27, 128
  %x29 = xor i32 %x28, 129
  %x30 = xor i32 %x29, 130
  %x31 = xor i32 %x30, 131
  %x32 = xor i32 %x31, 132
  %x33 = xor i32 %x32, 133
  %x34 = xor i32 %x33, 134
  %x35 = xor i32 %x34, 135
  %x36 = xor i32 %x35, 136
  %x37 = xor i32 %x36, 137
  %x38 = xor i32 %x37, 138
  %x39 = xor i32 %x38, 139
  %x40 = xor i32 %x39, 140
  %x41 = xor i32 %x40, 141
  %x42 = xor i32 %x41, 142
  %x43 = xor i32 %x42, 143
  %x44 = xor i32 %x43, 144
  ret i32 %x44
exit:
  ret i32 %a
}
