
	.text
	.literal	.LCPI0_0, 3015
	.literal	.LCPI0_1, 3016
	.global	big
	.type	big, @function
	.p2align	2
big:
	entry	a1, 3056
	s32i.n	a2, a1, 12
	l32r	a8, .LCPI0_0
	add.n	a8, a8, a1
	s8i	a2, a8, 0
	l32r	a3, .LCPI0_1
	add.n	a3, a3, a1
	s32i.n	a2, a3, 0
	addi	a10, a1, 16
	mov.n	a11, a1
	call8	use
	l32i.n	a2, a3, 0
	retw.n
	.size	big, .-big
