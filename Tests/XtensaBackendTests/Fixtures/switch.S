
	.text
	.global	classify
	.type	classify, @function
	.p2align	2
classify:
	entry	a1, 16
	beqi	a2, 1, .LBB0_1
	movi	a8, 100
	beq	a2, a8, .LBB0_2
	bnei	a2, -1, .LBB0_3
.LBB0_1:
	movi.n	a2, 10
	retw.n
.LBB0_2:
	movi.n	a2, 20
	retw.n
.LBB0_3:
	movi.n	a2, 30
	retw.n
	.size	classify, .-classify
