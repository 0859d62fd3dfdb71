
	.text
	.global	callee
	.type	callee, @function
	.p2align	2
callee:
	entry	a1, 16
	l32i.n	a8, a1, 16
	l32i.n	a9, a1, 20
	mull	a8, a8, a9
	add.n	a2, a8, a2
	retw.n
	.size	callee, .-callee

	.text
	.global	caller
	.type	caller, @function
	.p2align	2
caller:
	entry	a1, 64
	s32i.n	a2, a1, 16
	addi.n	a8, a2, 7
	movi.n	a9, 6
	s32i.n	a9, a1, 0
	s32i.n	a8, a1, 4
	mov.n	a10, a2
	movi.n	a11, 1
	movi.n	a12, 2
	movi.n	a13, 3
	movi.n	a14, 4
	movi.n	a15, 5
	call8	callee
	l32i.n	a8, a1, 16
	add.n	a2, a10, a8
	retw.n
	.size	caller, .-caller
