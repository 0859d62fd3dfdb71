
	.text
	.global	registers
	.type	registers, @function
	.p2align	2
registers:
	entry	a1, 32
	bge	a2, a3, .LBB0_2
	movi.n	a10, 1
	call8	hit
	bgeu	a3, a2, .LBB0_3
.LBB0_2:
	movi.n	a10, 2
	call8	hit
	bne	a2, a3, .LBB0_4
.LBB0_3:
	movi.n	a10, 3
	call8	hit
.LBB0_4:
	retw.n
	.size	registers, .-registers

	.text
	.global	zero
	.type	zero, @function
	.p2align	2
zero:
	entry	a1, 32
	bnez	a2, .LBB1_2
.LBB1_1:
	movi.n	a10, 1
	call8	hit
	bltz	a2, .LBB1_3
.LBB1_2:
	movi.n	a10, 2
	call8	hit
	bgez	a2, .LBB1_1
.LBB1_3:
	retw.n
	.size	zero, .-zero

	.text
	.global	immediates
	.type	immediates, @function
	.p2align	2
immediates:
	entry	a1, 32
	movi.n	a3, 9
.LBB2_1:
	bnei	a2, 12, .LBB2_3
	movi.n	a10, 1
	call8	hit
	bgeui	a2, 32768, .LBB2_4
.LBB2_3:
	movi.n	a10, 2
	call8	hit
	blti	a2, 8, .LBB2_5
.LBB2_4:
	movi.n	a10, 3
	call8	hit
	beq	a2, a3, .LBB2_6
.LBB2_5:
	movi.n	a10, 4
	call8	hit
	bgeui	a2, 256, .LBB2_1
.LBB2_6:
	retw.n
	.size	immediates, .-immediates
