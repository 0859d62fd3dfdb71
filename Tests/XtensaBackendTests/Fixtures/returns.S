
	.text
	.global	fib
	.type	fib, @function
	.p2align	2
fib:
	entry	a1, 32
	blti	a3, 4, .LBB0_4
	addi	a11, a3, -4
	movi.n	a10, 0
	call8	fib
	mov.n	a2, a10
	beqi	a2, 2, .LBB0_5
	addi	a11, a3, -2
	movi.n	a10, 0
	call8	fib
	beqi	a10, 2, .LBB0_5
	addi.n	a8, a2, -1
	add.n	a2, a8, a10
	retw.n
.LBB0_4:
	mov.n	a2, a3
	retw.n
.LBB0_5:
	movi.n	a2, 2
	retw.n
	.size	fib, .-fib

	.text
	.global	scaled
	.type	scaled, @function
	.p2align	2
scaled:
	entry	a1, 16
	addi.n	a8, a2, -1
	bltui	a8, 2, .LBB1_2
	beqi	a2, 7, .LBB1_2
	mull	a8, a3, a3
	slli	a8, a8, 2
	addi.n	a2, a8, 1
	retw.n
.LBB1_2:
	slli	a8, a3, 2
	addi.n	a2, a8, 1
	retw.n
	.size	scaled, .-scaled

	.text
	.literal	.LCPI2_0, scaled+3
	.global	pick
	.type	pick, @function
	.p2align	2
pick:
	entry	a1, 16
	beqz	a2, .LBB2_2
	movi.n	a3, 3
	l32r	a8, .LCPI2_0
	jx	a8
.LBB2_2:
	movi.n	a2, 5
	retw.n
	.size	pick, .-pick

	.text
	.global	calls
	.type	calls, @function
	.p2align	2
calls:
	entry	a1, 32
	beqz	a2, .LBB3_2
	addi.n	a2, a2, 3
.LBB3_2:
	call8	raise
	add.n	a2, a10, a2
	retw.n
	.size	calls, .-calls
