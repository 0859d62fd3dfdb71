
	.text
	.global	take
	.type	take, @function
	.p2align	2
take:
	entry	a1, 32
	mov.n	a10, a2
	call8	make
	movi.n	a8, 0
	add.n	a2, a10, a12
	retw.n
	.size	take, .-take

	.text
	.global	build
	.type	build, @function
	.p2align	2
build:
	entry	a1, 16
	movi.n	a8, 0
	mov.n	a9, a8
	mov.n	a4, a3
	mov.n	a3, a9
	retw.n
	.size	build, .-build
