
	.text
	.global	far
	.type	far, @function
	.p2align	2
far:
	entry	a1, 16
	mov.n	a8, a2
	bne	a8, a3, .LBB0_3
	j	.LBB0_2
.LBB0_3:
	movi	a9, 100
	xor	a9, a3, a9
	movi	a10, 101
	xor	a9, a9, a10
	movi	a10, 102
	xor	a9, a9, a10
	movi	a10, 103
	xor	a9, a9, a10
	movi	a10, 104
	xor	a9, a9, a10
	movi	a10, 105
	xor	a9, a9, a10
	movi	a10, 106
	xor	a9, a9, a10
	movi	a10, 107
	xor	a9, a9, a10
	movi	a10, 108
	xor	a9, a9, a10
	movi	a10, 109
	xor	a9, a9, a10
	movi	a10, 110
	xor	a9, a9, a10
	movi	a10, 111
	xor	a9, a9, a10
	movi	a10, 112
	xor	a9, a9, a10
	movi	a10, 113
	xor	a9, a9, a10
	movi	a10, 114
	xor	a9, a9, a10
	movi	a10, 115
	xor	a9, a9, a10
	movi	a10, 116
	xor	a9, a9, a10
	movi	a10, 117
	xor	a9, a9, a10
	movi	a10, 118
	xor	a9, a9, a10
	movi	a10, 119
	xor	a9, a9, a10
	movi	a10, 120
	xor	a9, a9, a10
	movi	a10, 121
	xor	a9, a9, a10
	movi	a10, 122
	xor	a9, a9, a10
	movi	a10, 123
	xor	a9, a9, a10
	movi	a10, 124
	xor	a9, a9, a10
	movi	a10, 125
	xor	a9, a9, a10
	movi	a10, 126
	xor	a9, a9, a10
	movi	a10, 127
	xor	a9, a9, a10
	movi	a10, 128
	xor	a9, a9, a10
	movi	a10, 129
	xor	a9, a9, a10
	movi	a10, 130
	xor	a9, a9, a10
	movi	a10, 131
	xor	a9, a9, a10
	movi	a10, 132
	xor	a9, a9, a10
	movi	a10, 133
	xor	a9, a9, a10
	movi	a10, 134
	xor	a9, a9, a10
	movi	a10, 135
	xor	a9, a9, a10
	movi	a10, 136
	xor	a9, a9, a10
	movi	a10, 137
	xor	a9, a9, a10
	movi	a10, 138
	xor	a9, a9, a10
	movi	a10, 139
	xor	a9, a9, a10
	movi	a10, 140
	xor	a9, a9, a10
	movi	a10, 141
	xor	a9, a9, a10
	movi	a10, 142
	xor	a9, a9, a10
	movi	a10, 143
	xor	a9, a9, a10
	movi	a10, 144
	xor	a2, a9, a10
	retw.n
.LBB0_2:
	mov.n	a2, a8
	retw.n
	.size	far, .-far
