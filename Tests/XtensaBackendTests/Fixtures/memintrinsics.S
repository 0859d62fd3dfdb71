
	.text
	.global	copy
	.type	copy, @function
	.p2align	2
copy:
	entry	a1, 16
	l32i.n	a8, a3, 0
	s32i.n	a8, a2, 0
	l32i.n	a8, a3, 4
	s32i.n	a8, a2, 4
	l32i.n	a8, a3, 8
	s32i.n	a8, a2, 8
	l16ui	a8, a3, 12
	s16i	a8, a2, 12
	retw.n
	.size	copy, .-copy

	.text
	.global	move
	.type	move, @function
	.p2align	2
move:
	entry	a1, 16
	l16ui	a8, a3, 0
	l16ui	a9, a3, 2
	l16ui	a10, a3, 4
	s16i	a8, a2, 0
	s16i	a9, a2, 2
	s16i	a10, a2, 4
	retw.n
	.size	move, .-move

	.text
	.literal	.LCPI2_0, g
	.global	fill
	.type	fill, @function
	.p2align	2
fill:
	entry	a1, 16
	extui	a8, a3, 0, 8
	slli	a9, a8, 8
	or	a8, a8, a9
	slli	a9, a8, 16
	or	a8, a8, a9
	l32r	a9, .LCPI2_0
	s32i.n	a8, a9, 0
	s32i.n	a8, a9, 4
	movi	a8, 255
	s8i	a8, a2, 0
	s8i	a8, a2, 1
	s8i	a8, a2, 2
	retw.n
	.size	fill, .-fill

	.text
	.literal	.LCPI3_0, g
	.global	inline
	.type	inline, @function
	.p2align	2
inline:
	entry	a1, 32
	l32r	a11, .LCPI3_0
	l32i.n	a8, a11, 8
	s32i.n	a8, a2, 0
	l32i.n	a8, a11, 12
	s32i.n	a8, a2, 4
	mov.n	a10, a2
	movi.n	a12, 33
	call8	memcpy
	retw.n
	.size	inline, .-inline

	.bss
	.global	g
	.type	g, @object
	.p2align	2
g:
	.space	32
	.size	g, 32
