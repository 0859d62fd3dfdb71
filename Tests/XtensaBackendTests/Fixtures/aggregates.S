
	.text
	.global	take
	.type	take, @function
	.p2align	2
take:
	entry	a1, 32
	mov.n	a10, a2
	call8	make
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
	mov.n	a4, a3
	mov.n	a3, a8
	retw.n
	.size	build, .-build

	.text
	.global	pass
	.type	pass, @function
	.p2align	2
pass:
	entry	a1, 32
	movi.n	a14, 2
	movi.n	a15, 3
	mov.n	a11, a2
	mov.n	a12, a4
	mov.n	a13, a5
	movi.n	a10, 1
	call8	leaves
	mov.n	a2, a10
	retw.n
	.size	pass, .-pass
