
	.text
	.global	small
	.type	small, @function
	.p2align	2
small:
	entry	a1, 16
	movi	a2, -2048
	retw.n
	.size	small, .-small

	.text
	.literal	.LCPI1_0, 100000
	.literal	.LCPI1_1, -65536
	.global	large
	.type	large, @function
	.p2align	2
large:
	entry	a1, 16
	l32r	a8, .LCPI1_0
	add.n	a9, a2, a8
	xor	a8, a9, a8
	l32r	a9, .LCPI1_1
	and	a2, a8, a9
	retw.n
	.size	large, .-large
