
	.text
	.global	two_named
	.type	two_named, @function
	.p2align	2
two_named:
	entry	a1, 64
	s32i.n	a6, a1, 16
	s32i.n	a7, a1, 20
	addi	a8, a1, 24
	addi	a9, a1, 32
	s32i.n	a9, a8, 0
	mov.n	a9, a1
	s32i.n	a9, a8, 4
	movi.n	a9, 16
	s32i.n	a9, a8, 8
	l32i.n	a9, a8, 8
	l32i.n	a10, a8, 4
	l32i.n	a11, a8, 0
	addi	a12, a9, -21
	movltz	a11, a10, a12
	movi.n	a10, 32
	sub	a13, a9, a10
	mov.n	a14, a9
	movltz	a14, a10, a13
	movltz	a14, a9, a12
	addi.n	a9, a14, 4
	s32i.n	a9, a8, 8
	add.n	a9, a11, a14
	l32i.n	a9, a9, 0
	l32i.n	a11, a8, 8
	addi.n	a11, a11, 7
	movi.n	a12, -8
	and	a11, a11, a12
	l32i.n	a12, a8, 4
	l32i.n	a13, a8, 0
	addi	a14, a11, -17
	movltz	a13, a12, a14
	sub	a12, a11, a10
	mov.n	a15, a11
	movltz	a15, a10, a12
	movltz	a15, a11, a14
	addi.n	a10, a15, 8
	s32i.n	a10, a8, 8
	add.n	a8, a13, a15
	l32i.n	a10, a8, 0
	l32i.n	a8, a8, 4
	add.n	a2, a9, a10
	retw.n
	.size	two_named, .-two_named

	.text
	.global	copy
	.type	copy, @function
	.p2align	2
copy:
	entry	a1, 16
	l32i.n	a8, a3, 0
	s32i.n	a8, a2, 0
	l32i.n	a8, a3, 4
	s32i.n	a8, a2, 4
	l32i.n	a8, a3, 8
	s32i.n	a8, a2, 8
	retw.n
	.size	copy, .-copy

	.text
	.global	caller
	.type	caller, @function
	.p2align	2
caller:
	entry	a1, 48
	movi.n	a12, 2
	movi.n	a13, 0
	movi.n	a8, 4
	s32i.n	a8, a1, 0
	s32i.n	a13, a1, 4
	movi.n	a8, 5
	s32i.n	a8, a1, 8
	movi.n	a10, 1
	movi.n	a14, 3
	call8	two_named
	mov.n	a2, a10
	retw.n
	.size	caller, .-caller
