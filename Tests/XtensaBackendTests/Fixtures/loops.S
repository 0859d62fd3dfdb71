
	.text
	.global	sum
	.type	sum, @function
	.p2align	2
sum:
	entry	a1, 16
	blti	a3, 1, .LBB0_3
	movi.n	a8, 0
	movi.n	a9, 0
.LBB0_1:
	addx4	a10, a8, a2
	l32i.n	a10, a10, 0
	add.n	a9, a10, a9
	addi.n	a8, a8, 1
	bne	a8, a3, .LBB0_1
	mov.n	a2, a9
	retw.n
.LBB0_3:
	movi.n	a2, 0
	retw.n
	.size	sum, .-sum

	.text
	.global	swap
	.type	swap, @function
	.p2align	2
swap:
	entry	a1, 16
	movi.n	a8, 0
	addi.n	a8, a8, 1
	beq	a8, a4, .LBB1_2
.LBB1_4:
	mov.n	a9, a2
	mov.n	a2, a3
	mov.n	a3, a9
	addi.n	a8, a8, 1
	bne	a8, a4, .LBB1_4
.LBB1_2:
	sub	a2, a2, a3
	retw.n
	.size	swap, .-swap

	.text
	.global	length
	.type	length, @function
	.p2align	2
length:
	entry	a1, 16
	movi.n	a8, 0
	add.n	a9, a8, a2
	l8ui	a9, a9, 0
	beqz	a9, .LBB2_2
.LBB2_4:
	addi.n	a8, a8, 1
	add.n	a9, a8, a2
	l8ui	a9, a9, 0
	bnez	a9, .LBB2_4
.LBB2_2:
	mov.n	a2, a8
	retw.n
	.size	length, .-length
