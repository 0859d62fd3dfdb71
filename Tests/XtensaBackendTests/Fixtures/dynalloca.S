
	.text
	.global	vla
	.type	vla, @function
	.p2align	2
vla:
	entry	a1, 80
	s32i.n	a6, a1, 16
	mov.n	a8, a7
	s32i.n	a8, a1, 20
	l32i	a6, a1, 80
	mov.n	a7, a1
	addi	a10, a7, 32
	call8	use
	slli	a8, a2, 2
	addi.n	a8, a8, 15
	movi.n	a9, -16
	and	a8, a8, a9
	sub	a8, a1, a8
	movsp	a1, a8
	addi	a10, a1, 16
	call8	use
	movi.n	a8, 3
	mull	a8, a3, a8
	addi.n	a8, a8, 15
	movi.n	a9, -16
	and	a8, a8, a9
	sub	a8, a1, a8
	movsp	a1, a8
	addi	a10, a1, 16
	call8	use
	s32i.n	a6, a1, 0
	s32i.n	a2, a1, 4
	mov.n	a10, a2
	mov.n	a11, a3
	mov.n	a12, a4
	mov.n	a13, a5
	l32i.n	a14, a7, 16
	l32i.n	a15, a7, 20
	call8	eight
	mov.n	a2, a10
	retw.n
	.size	vla, .-vla

	.text
	.global	scoped
	.type	scoped, @function
	.p2align	2
scoped:
	entry	a1, 32
	mov.n	a7, a1
	mov.n	a3, a1
	addi.n	a8, a2, 15
	movi.n	a9, -16
	and	a8, a8, a9
	sub	a8, a1, a8
	movsp	a1, a8
	mov.n	a10, a1
	call8	use
	movsp	a1, a3
	retw.n
	.size	scoped, .-scoped

	.text
	.global	frame
	.type	frame, @function
	.p2align	2
frame:
	entry	a1, 16
	mov.n	a2, a1
	retw.n
	.size	frame, .-frame
