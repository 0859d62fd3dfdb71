
	.text
	.global	far
	.type	far, @function
	.p2align	2
far:
	entry	a1, 16
	bne	a2, a3, .LBB0_3
	j	.LBB0_2
.LBB0_3:
	movi	a8, 100
	xor	a8, a3, a8
	movi	a9, 101
	xor	a8, a8, a9
	movi	a9, 102
	xor	a8, a8, a9
	movi	a9, 103
	xor	a8, a8, a9
	movi	a9, 104
	xor	a8, a8, a9
	movi	a9, 105
	xor	a8, a8, a9
	movi	a9, 106
	xor	a8, a8, a9
	movi	a9, 107
	xor	a8, a8, a9
	movi	a9, 108
	xor	a8, a8, a9
	movi	a9, 109
	xor	a8, a8, a9
	movi	a9, 110
	xor	a8, a8, a9
	movi	a9, 111
	xor	a8, a8, a9
	movi	a9, 112
	xor	a8, a8, a9
	movi	a9, 113
	xor	a8, a8, a9
	movi	a9, 114
	xor	a8, a8, a9
	movi	a9, 115
	xor	a8, a8, a9
	movi	a9, 116
	xor	a8, a8, a9
	movi	a9, 117
	xor	a8, a8, a9
	movi	a9, 118
	xor	a8, a8, a9
	movi	a9, 119
	xor	a8, a8, a9
	movi	a9, 120
	xor	a8, a8, a9
	movi	a9, 121
	xor	a8, a8, a9
	movi	a9, 122
	xor	a8, a8, a9
	movi	a9, 123
	xor	a8, a8, a9
	movi	a9, 124
	xor	a8, a8, a9
	movi	a9, 125
	xor	a8, a8, a9
	movi	a9, 126
	xor	a8, a8, a9
	movi	a9, 127
	xor	a8, a8, a9
	movi	a9, 128
	xor	a8, a8, a9
	movi	a9, 129
	xor	a8, a8, a9
	movi	a9, 130
	xor	a8, a8, a9
	movi	a9, 131
	xor	a8, a8, a9
	movi	a9, 132
	xor	a8, a8, a9
	movi	a9, 133
	xor	a8, a8, a9
	movi	a9, 134
	xor	a8, a8, a9
	movi	a9, 135
	xor	a8, a8, a9
	movi	a9, 136
	xor	a8, a8, a9
	movi	a9, 137
	xor	a8, a8, a9
	movi	a9, 138
	xor	a8, a8, a9
	movi	a9, 139
	xor	a8, a8, a9
	movi	a9, 140
	xor	a8, a8, a9
	movi	a9, 141
	xor	a8, a8, a9
	movi	a9, 142
	xor	a8, a8, a9
	movi	a9, 143
	xor	a8, a8, a9
	movi	a9, 144
	xor	a2, a8, a9
	retw.n
.LBB0_2:
	retw.n
	.size	far, .-far
