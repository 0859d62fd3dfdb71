
	.text
	.literal	.LCPI0_0, .LJTI0_0
	.global	dispatch
	.type	dispatch, @function
	.p2align	2
dispatch:
	entry	a1, 32
	addi	a8, a2, -10
	movi.n	a9, 6
	minu	a8, a8, a9
	l32r	a9, .LCPI0_0
	addx4	a8, a8, a9
	l32i.n	a8, a8, 0
	jx	a8
.LBB0_1:
	movi.n	a10, 1
	call8	act
	retw.n
.LBB0_2:
	movi.n	a10, 2
	call8	act
	retw.n
.LBB0_3:
	movi.n	a10, 3
	call8	act
	retw.n
.LBB0_4:
	movi.n	a10, 4
	call8	act
	retw.n
.LBB0_5:
	movi.n	a10, 0
	call8	act
	retw.n
	.size	dispatch, .-dispatch
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI0_0:
	.long	.LBB0_1
	.long	.LBB0_2
	.long	.LBB0_3
	.long	.LBB0_5
	.long	.LBB0_4
	.long	.LBB0_1
	.long	.LBB0_5
