
	.text
	.global	fields
	.type	fields, @function
	.p2align	2
fields:
	entry	a1, 16
	l16si	a8, a2, 4
	l8ui	a9, a2, 6
	addx4	a10, a3, a2
	l32i.n	a10, a10, 8
	add.n	a8, a8, a9
	add.n	a2, a8, a10
	retw.n
	.size	fields, .-fields

	.text
	.global	stores
	.type	stores, @function
	.p2align	2
stores:
	entry	a1, 16
	s32i.n	a3, a2, 0
	s16i	a3, a2, 6
	s8i	a3, a2, 1
	addmi	a8, a2, 1280
	addi	a8, a8, -80
	s32i.n	a3, a8, 0
	retw.n
	.size	stores, .-stores

	.text
	.global	scaled
	.type	scaled, @function
	.p2align	2
scaled:
	entry	a1, 16
	addx2	a8, a3, a2
	l16ui	a8, a8, 0
	addx8	a9, a4, a2
	l32i.n	a9, a9, 0
	movi.n	a10, 12
	mull	a10, a3, a10
	add.n	a10, a10, a2
	l32i.n	a10, a10, 0
	add.n	a8, a8, a9
	add.n	a2, a8, a10
	retw.n
	.size	scaled, .-scaled

	.text
	.global	locals
	.type	locals, @function
	.p2align	2
locals:
	entry	a1, 64
	s32i.n	a2, a1, 16
	s32i.n	a2, a1, 8
	mov.n	a10, a1
	call8	use
	l32i.n	a2, a1, 16
	retw.n
	.size	locals, .-locals
