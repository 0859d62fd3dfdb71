
	.text
	.global	direct
	.type	direct, @function
	.p2align	2
direct:
	entry	a1, 32
	mov.n	a10, a3
	mov.n	a11, a2
	call8	f
	movi.n	a11, 5
	call8	f
	add.n	a2, a10, a2
	retw.n
	.size	direct, .-direct

	.text
	.global	indirect
	.type	indirect, @function
	.p2align	2
indirect:
	entry	a1, 32
	mov.n	a10, a3
	mov.n	a11, a3
	callx8	a2
	mov.n	a11, a3
	callx8	a2
	mov.n	a2, a10
	retw.n
	.size	indirect, .-indirect

	.text
	.global	six
	.type	six, @function
	.p2align	2
six:
	entry	a1, 32
	call8	g
	mov.n	a10, a7
	mov.n	a11, a6
	call8	f
	mov.n	a10, a5
	mov.n	a11, a4
	call8	f
	mov.n	a10, a3
	mov.n	a11, a2
	call8	f
	retw.n
	.size	six, .-six

	.text
	.global	narrow
	.type	narrow, @function
	.p2align	2
narrow:
	entry	a1, 16
	addi.n	a8, a2, 1
	sext	a2, a8, 7
	retw.n
	.size	narrow, .-narrow

	.text
	.global	copy
	.type	copy, @function
	.p2align	2
copy:
	entry	a1, 32
	mov.n	a10, a2
	mov.n	a11, a3
	movi.n	a12, 64
	call8	memcpy
	retw.n
	.size	copy, .-copy
