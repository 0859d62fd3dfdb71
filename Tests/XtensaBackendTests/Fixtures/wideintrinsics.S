
	.text
	.global	mulo
	.type	mulo, @function
	.p2align	2
mulo:
	entry	a1, 32
	srai	a11, a2, 31
	srai	a13, a3, 31
	mov.n	a10, a2
	mov.n	a12, a3
	call8	__muldi3
	mov.n	a4, a10
	srai	a8, a10, 31
	xor	a8, a11, a8
	movi.n	a5, 1
	moveqz	a5, a8, a8
	movi.n	a13, 0
	mov.n	a10, a2
	mov.n	a11, a13
	mov.n	a12, a3
	call8	__muldi3
	movi.n	a8, 1
	moveqz	a8, a11, a11
	add.n	a8, a5, a8
	add.n	a2, a8, a4
	retw.n
	.size	mulo, .-mulo

	.text
	.global	mulo64
	.type	mulo64, @function
	.p2align	2
mulo64:
	entry	a1, 32
	movi.n	a8, 1
	moveqz	a8, a3, a3
	movi.n	a9, 1
	moveqz	a9, a5, a5
	and	a6, a8, a9
	mov.n	a10, a3
	movi.n	a11, 0
	mov.n	a12, a4
	movi.n	a13, 0
	call8	__muldi3
	mov.n	a3, a10
	mov.n	a7, a11
	mov.n	a10, a2
	movi.n	a11, 0
	mov.n	a12, a5
	movi.n	a13, 0
	call8	__muldi3
	add.n	a5, a3, a10
	movi.n	a8, 1
	bltu	a5, a3, .LBB1_1
	movi.n	a8, 0
.LBB1_1:
	add.n	a9, a7, a11
	add.n	a3, a9, a8
	movi.n	a13, 0
	mov.n	a10, a2
	mov.n	a11, a13
	mov.n	a12, a4
	call8	__muldi3
	add.n	a8, a11, a5
	movi.n	a9, 1
	bltu	a8, a11, .LBB1_3
	movi.n	a9, 0
.LBB1_3:
	movi.n	a11, 1
	moveqz	a11, a3, a3
	or	a11, a6, a11
	or	a9, a11, a9
	movi.n	a11, -1
	movnez	a10, a11, a9
	movnez	a8, a11, a9
	mov.n	a2, a10
	mov.n	a3, a8
	retw.n
	.size	mulo64, .-mulo64

	.text
	.literal	.LCPI2_0, 1431655765
	.literal	.LCPI2_1, 858993459
	.literal	.LCPI2_2, 252645135
	.global	bits
	.type	bits, @function
	.p2align	2
bits:
	entry	a1, 16
	slli	a8, a3, 24
	extui	a9, a3, 8, 8
	slli	a9, a9, 16
	extui	a10, a3, 16, 8
	slli	a10, a10, 8
	extui	a11, a3, 24, 8
	or	a8, a8, a9
	or	a8, a8, a10
	or	a8, a8, a11
	slli	a9, a2, 24
	extui	a10, a2, 8, 8
	slli	a10, a10, 16
	extui	a11, a2, 16, 8
	slli	a11, a11, 8
	extui	a12, a2, 24, 8
	or	a9, a9, a10
	or	a9, a9, a11
	or	a9, a9, a12
	l32r	a10, .LCPI2_0
	srli	a11, a9, 1
	and	a11, a11, a10
	and	a9, a9, a10
	slli	a9, a9, 1
	or	a9, a11, a9
	l32r	a11, .LCPI2_1
	srli	a12, a9, 2
	and	a12, a12, a11
	and	a9, a9, a11
	slli	a9, a9, 2
	or	a9, a12, a9
	l32r	a12, .LCPI2_2
	srli	a13, a9, 4
	and	a13, a13, a12
	and	a9, a9, a12
	slli	a9, a9, 4
	or	a9, a13, a9
	slli	a13, a9, 24
	extui	a14, a9, 8, 8
	slli	a14, a14, 16
	extui	a15, a9, 16, 8
	slli	a15, a15, 8
	extui	a9, a9, 24, 8
	or	a13, a13, a14
	or	a13, a13, a15
	or	a9, a13, a9
	srli	a13, a8, 1
	and	a13, a13, a10
	and	a8, a8, a10
	slli	a8, a8, 1
	or	a8, a13, a8
	srli	a10, a8, 2
	and	a10, a10, a11
	and	a8, a8, a11
	slli	a8, a8, 2
	or	a8, a10, a8
	srli	a10, a8, 4
	and	a10, a10, a12
	and	a8, a8, a12
	slli	a8, a8, 4
	or	a8, a10, a8
	slli	a10, a8, 24
	extui	a11, a8, 8, 8
	slli	a11, a11, 16
	extui	a12, a8, 16, 8
	slli	a12, a12, 8
	extui	a8, a8, 24, 8
	or	a10, a10, a11
	or	a10, a10, a12
	or	a8, a10, a8
	extui	a10, a4, 0, 6
	movi.n	a11, 63
	xor	a11, a10, a11
	ssl	a10
	src	a8, a8, a9
	sll	a9, a9
	extui	a10, a10, 5, 1
	movnez	a8, a9, a10
	movi.n	a12, 0
	movnez	a9, a12, a10
	movi.n	a10, 1
	ssr	a10
	src	a13, a3, a2
	srl	a14, a3
	extui	a10, a10, 5, 1
	movnez	a13, a14, a10
	movnez	a14, a12, a10
	ssr	a11
	src	a10, a14, a13
	srl	a13, a14
	extui	a11, a11, 5, 1
	movnez	a10, a13, a11
	movnez	a13, a12, a11
	or	a2, a9, a10
	or	a3, a8, a13
	retw.n
	.size	bits, .-bits

	.text
	.literal	.LCPI3_0, 1431655765
	.literal	.LCPI3_1, 858993459
	.literal	.LCPI3_2, 252645135
	.global	misc
	.type	misc, @function
	.p2align	2
misc:
	entry	a1, 16
	movi.n	a8, 1
	blt	a5, a3, .LBB3_1
	bne	a5, a3, .LBB3_2
	bltu	a4, a2, .LBB3_1
.LBB3_2:
	movi.n	a8, 0
.LBB3_1:
	movi.n	a9, 1
	blt	a3, a5, .LBB3_5
	bne	a3, a5, .LBB3_6
	bltu	a2, a4, .LBB3_5
.LBB3_6:
	movi.n	a9, 0
.LBB3_5:
	sub	a8, a8, a9
	l32r	a9, .LCPI3_0
	srli	a10, a6, 1
	and	a10, a10, a9
	and	a9, a6, a9
	slli	a9, a9, 1
	or	a9, a10, a9
	l32r	a10, .LCPI3_1
	srli	a11, a9, 2
	and	a11, a11, a10
	and	a9, a9, a10
	slli	a9, a9, 2
	or	a9, a11, a9
	l32r	a10, .LCPI3_2
	srli	a11, a9, 4
	and	a11, a11, a10
	and	a9, a9, a10
	slli	a9, a9, 4
	or	a9, a11, a9
	slli	a10, a9, 24
	extui	a11, a9, 8, 8
	slli	a11, a11, 16
	extui	a12, a9, 16, 8
	slli	a12, a12, 8
	extui	a9, a9, 24, 8
	or	a10, a10, a11
	or	a10, a10, a12
	or	a9, a10, a9
	movi.n	a10, 0
	movi.n	a11, -1
	add.n	a8, a8, a9
	add.n	a8, a8, a10
	add.n	a2, a8, a11
	retw.n
	.size	misc, .-misc
