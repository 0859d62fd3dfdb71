
	.text
	.global	checked_add
	.type	checked_add, @function
	.p2align	2
checked_add:
	entry	a1, 16
	add.n	a8, a2, a3
	xor	a9, a2, a8
	xor	a10, a3, a8
	and	a9, a9, a10
	bgez	a9, .LBB0_2
	ill
	ill
.LBB0_2:
	mov.n	a2, a8
	retw.n
	.size	checked_add, .-checked_add

	.text
	.global	flags
	.type	flags, @function
	.p2align	2
flags:
	entry	a1, 16
	sub	a8, a2, a3
	xor	a8, a2, a8
	xor	a9, a2, a3
	and	a8, a8, a9
	extui	a8, a8, 31, 1
	add.n	a9, a2, a3
	movi.n	a10, 1
	bltu	a9, a2, .LBB1_1
	movi.n	a10, 0
.LBB1_1:
	movi.n	a9, 1
	bltu	a2, a3, .LBB1_3
	movi.n	a9, 0
.LBB1_3:
	slli	a10, a10, 1
	slli	a9, a9, 2
	or	a8, a8, a10
	or	a2, a8, a9
	retw.n
	.size	flags, .-flags

	.text
	.literal	.LCPI2_0, 2147483647
	.global	saturate
	.type	saturate, @function
	.p2align	2
saturate:
	entry	a1, 16
	add.n	a8, a2, a3
	xor	a9, a2, a8
	xor	a10, a3, a8
	and	a9, a9, a10
	extui	a9, a9, 31, 1
	srai	a10, a2, 31
	l32r	a11, .LCPI2_0
	xor	a10, a10, a11
	movnez	a8, a10, a9
	sub	a2, a8, a3
	movi.n	a9, 1
	bltu	a8, a3, .LBB2_1
	movi.n	a9, 0
.LBB2_1:
	movi.n	a8, 0
	movnez	a2, a8, a9
	retw.n
	.size	saturate, .-saturate

	.text
	.global	checked_steps
	.type	checked_steps, @function
	.p2align	2
checked_steps:
	entry	a1, 16
	addi.n	a8, a2, 1
	blt	a8, a2, .LBB3_4
	addi	a9, a8, -3
	blt	a8, a9, .LBB3_4
	add.n	a8, a9, a3
	sub	a10, a8, a2
	bltu	a8, a9, .LBB3_4
	bltu	a8, a2, .LBB3_4
	sub	a2, a10, a3
	xor	a8, a10, a2
	xor	a9, a10, a3
	and	a8, a8, a9
	bgez	a8, .LBB3_5
.LBB3_4:
	ill
	ill
.LBB3_5:
	retw.n
	.size	checked_steps, .-checked_steps
