
	.text
	.global	give
	.type	give, @function
	.p2align	2
give:
	entry	a1, 112
	l32i.n	a8, a2, 0
	s32i.n	a8, a1, 0
	l32i.n	a8, a2, 4
	s32i.n	a8, a1, 4
	movi.n	a8, 2
	s32i.n	a8, a1, 8
	movi.n	a10, 1
	call8	take
	l8ui	a8, a3, 0
	s8i	a8, a1, 0
	l8ui	a8, a3, 1
	s8i	a8, a1, 1
	l8ui	a8, a3, 2
	s8i	a8, a1, 2
	movi.n	a8, 3
	s32i.n	a8, a1, 4
	call8	take_odd
	mov.n	a10, a1
	movi.n	a12, 80
	mov.n	a11, a4
	call8	memcpy
	call8	take_big
	retw.n
	.size	give, .-give

	.text
	.global	receive
	.type	receive, @function
	.p2align	2
receive:
	entry	a1, 16
	addi	a8, a1, 16
	l32i.n	a9, a1, 24
	l32i.n	a8, a8, 4
	add.n	a8, a2, a8
	add.n	a2, a8, a9
	retw.n
	.size	receive, .-receive

	.text
	.global	make
	.type	make, @function
	.p2align	2
make:
	entry	a1, 16
	s32i.n	a3, a2, 0
	movi.n	a8, 7
	s32i.n	a8, a2, 4
	retw.n
	.size	make, .-make
