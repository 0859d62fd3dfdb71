
	.text
	.global	pressure
	.type	pressure, @function
	.p2align	2
pressure:
	entry	a1, 48
	s32i.n	a2, a1, 0
	movi.n	a10, 1
	call8	f
	mov.n	a2, a10
	movi.n	a10, 2
	call8	f
	mov.n	a3, a10
	movi.n	a10, 3
	call8	f
	mov.n	a4, a10
	movi.n	a10, 4
	call8	f
	mov.n	a5, a10
	movi.n	a10, 5
	call8	f
	mov.n	a6, a10
	movi.n	a10, 6
	call8	f
	mov.n	a7, a10
	movi.n	a10, 7
	call8	f
	s32i.n	a10, a1, 4
	movi.n	a10, 8
	call8	f
	s32i.n	a10, a1, 8
	movi.n	a10, 9
	call8	f
	add.n	a8, a2, a3
	add.n	a8, a8, a4
	add.n	a8, a8, a5
	add.n	a8, a8, a6
	add.n	a8, a8, a7
	l32i.n	a9, a1, 4
	add.n	a8, a8, a9
	l32i.n	a9, a1, 8
	add.n	a8, a8, a9
	add.n	a8, a8, a10
	l32i.n	a9, a1, 0
	add.n	a2, a8, a9
	retw.n
	.size	pressure, .-pressure
