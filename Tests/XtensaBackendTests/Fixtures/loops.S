
	.text
	.global	sum
	.type	sum, @function
	.p2align	2
sum:
	entry	a1, 16
	bgei	a3, 1, .LBB0_4
	movi.n	a8, 0
	j	.LBB0_2
.LBB0_4:
	movi.n	a9, 0
	movi.n	a10, 0
.LBB0_1:
	addx4	a11, a9, a2
	l32i.n	a11, a11, 0
	add.n	a11, a11, a10
	addi.n	a12, a9, 1
	bne	a12, a3, .LBB0_6
	mov.n	a8, a11
	j	.LBB0_2
.LBB0_6:
	mov.n	a9, a12
	mov.n	a10, a11
	j	.LBB0_1
.LBB0_2:
	mov.n	a2, a8
	retw.n
	.size	sum, .-sum

	.text
	.global	swap
	.type	swap, @function
	.p2align	2
swap:
	entry	a1, 16
	movi.n	a8, 0
.LBB1_1:
	addi.n	a9, a8, 1
	beq	a9, a4, .LBB1_2
	mov.n	a10, a3
	mov.n	a11, a2
	mov.n	a2, a10
	mov.n	a3, a11
	mov.n	a8, a9
	j	.LBB1_1
.LBB1_2:
	sub	a2, a2, a3
	retw.n
	.size	swap, .-swap
