
	.text
	.literal	.LCPI0_0, 100000
	.literal	.LCPI0_1, -100000
	.literal	.LCPI0_2, 4096
	.global	sparse
	.type	sparse, @function
	.p2align	2
sparse:
	entry	a1, 16
	movi	a8, 1000
	bltu	a2, a8, .LBB0_6
	l32r	a8, .LCPI0_0
	bltu	a2, a8, .LBB0_8
	beq	a2, a8, .LBB0_1
	l32r	a8, .LCPI0_1
	beq	a2, a8, .LBB0_1
	movi.n	a8, -7
	beq	a2, a8, .LBB0_2
	j	.LBB0_5
.LBB0_8:
	addmi	a8, a2, -1024
	addi	a8, a8, 24
	bltui	a8, 3, .LBB0_3
	l32r	a8, .LCPI0_2
	beq	a2, a8, .LBB0_4
	j	.LBB0_5
.LBB0_6:
	beqz	a2, .LBB0_3
	beqi	a2, 3, .LBB0_4
	movi.n	a8, 17
	beq	a2, a8, .LBB0_1
	movi	a8, 99
	beq	a2, a8, .LBB0_2
	j	.LBB0_5
.LBB0_1:
	movi.n	a2, 1
	retw.n
.LBB0_2:
	movi.n	a2, 2
	retw.n
.LBB0_3:
	movi.n	a2, 3
	retw.n
.LBB0_4:
	movi.n	a2, 4
	retw.n
.LBB0_5:
	movi.n	a2, 0
	retw.n
	.size	sparse, .-sparse

	.text
	.global	wide
	.type	wide, @function
	.p2align	2
wide:
	entry	a1, 16
	bnez	a3, .LBB1_6
	beqz	a2, .LBB1_1
	beqi	a2, 1, .LBB1_2
	j	.LBB1_5
.LBB1_6:
	bnei	a3, 1, .LBB1_8
	beqz	a2, .LBB1_3
	j	.LBB1_5
.LBB1_8:
	bnei	a3, -1, .LBB1_5
	beqi	a2, -1, .LBB1_4
	j	.LBB1_5
.LBB1_1:
	movi.n	a2, 1
	retw.n
.LBB1_2:
	movi.n	a2, 2
	retw.n
.LBB1_3:
	movi.n	a2, 3
	retw.n
.LBB1_4:
	movi.n	a2, 4
	retw.n
.LBB1_5:
	movi.n	a2, 0
	retw.n
	.size	wide, .-wide
