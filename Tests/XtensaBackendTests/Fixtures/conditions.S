
	.text
	.global	bounds
	.type	bounds, @function
	.p2align	2
bounds:
	entry	a1, 32
	l8ui	a8, a4, 0
	bgeu	a2, a3, .LBB0_2
	movi	a9, 254
	beq	a8, a9, .LBB0_2
	movi.n	a10, 1
	call8	hit
	retw.n
.LBB0_2:
	movi.n	a10, 2
	call8	hit
	retw.n
	.size	bounds, .-bounds

	.text
	.global	logical
	.type	logical, @function
	.p2align	2
logical:
	entry	a1, 32
	bge	a2, a3, .LBB1_1
	beqi	a4, 12, .LBB1_2
	bgei	a2, 8, .LBB1_2
.LBB1_1:
	movi.n	a10, 1
	call8	hit
	retw.n
.LBB1_2:
	movi.n	a10, 2
	call8	hit
	retw.n
	.size	logical, .-logical

	.text
	.global	phis
	.type	phis, @function
	.p2align	2
phis:
	entry	a1, 32
	movi.n	a10, 1
	moveqz	a10, a2, a2
	bnez	a10, .LBB2_2
	movi	a8, 100
	bgeu	a3, a8, .LBB2_2
	call8	hit
	mov.n	a2, a3
	retw.n
.LBB2_2:
	retw.n
	.size	phis, .-phis

	.text
	.global	safe
	.type	safe, @function
	.p2align	2
safe:
	entry	a1, 16
	movi.n	a8, 0
.LBB3_1:
	addi.n	a9, a8, 1
	addx4	a10, a8, a2
	l32i.n	a10, a10, 0
	add.n	a11, a10, a9
	sub	a9, a10, a9
	beq	a4, a10, .LBB3_4
	beq	a4, a11, .LBB3_4
	beq	a4, a9, .LBB3_4
	addi.n	a8, a8, 1
	bne	a8, a3, .LBB3_1
	movi.n	a2, 1
	retw.n
.LBB3_4:
	movi.n	a2, 0
	retw.n
	.size	safe, .-safe

	.text
	.global	bits
	.type	bits, @function
	.p2align	2
bits:
	entry	a1, 32
	and	a8, a2, a3
	bbsi	a8, 0, .LBB4_2
	movi.n	a10, 1
	call8	hit
	bbci	a4, 2, .LBB4_3
.LBB4_2:
	movi.n	a10, 2
	call8	hit
	movi.n	a8, 48
	bnone	a5, a8, .LBB4_3
	bnone	a2, a5, .LBB4_4
.LBB4_3:
	movi.n	a10, 3
	call8	hit
	bbci	a3, 0, .LBB4_5
.LBB4_4:
	movi.n	a10, 4
	call8	hit
.LBB4_5:
	retw.n
	.size	bits, .-bits

	.text
	.global	signs
	.type	signs, @function
	.p2align	2
signs:
	entry	a1, 32
	bbci	a2, 7, .LBB5_2
	movi.n	a10, 1
	call8	hit
	bbsi	a3, 15, .LBB5_3
.LBB5_2:
	movi.n	a10, 2
	call8	hit
.LBB5_3:
	retw.n
	.size	signs, .-signs
