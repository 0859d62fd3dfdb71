
	.text
	.literal	.LCPI0_0, 1074003968
	.literal	.LCPI0_1, -2147483648
	.global	arith
	.type	arith, @function
	.p2align	2
arith:
	entry	a1, 32
	mov.n	a10, a2
	mov.n	a11, a3
	mov.n	a12, a4
	mov.n	a13, a5
	call8	__adddf3
	movi.n	a4, 0
	l32r	a13, .LCPI0_0
	mov.n	a12, a4
	call8	__muldf3
	mov.n	a5, a10
	mov.n	a7, a11
	mov.n	a10, a6
	call8	__extendsfdf2
	mov.n	a12, a10
	mov.n	a13, a11
	mov.n	a10, a5
	mov.n	a11, a7
	call8	__divdf3
	l32r	a13, .LCPI0_1
	mov.n	a12, a4
	call8	__subdf3
	mov.n	a12, a2
	mov.n	a13, a3
	call8	fmod
	mov.n	a2, a10
	mov.n	a3, a11
	retw.n
	.size	arith, .-arith

	.text
	.literal	.LCPI1_0, -2147483648
	.literal	.LCPI1_1, 1065353216
	.global	single
	.type	single, @function
	.p2align	2
single:
	entry	a1, 32
	mov.n	a10, a2
	mov.n	a11, a3
	call8	__addsf3
	l32r	a8, .LCPI1_0
	xor	a10, a10, a8
	mov.n	a11, a2
	call8	__mulsf3
	l32r	a11, .LCPI1_1
	call8	__addsf3
	call8	sqrtf
	mov.n	a2, a10
	retw.n
	.size	single, .-single

	.text
	.global	compare
	.type	compare, @function
	.p2align	2
compare:
	entry	a1, 32
	mov.n	a10, a2
	mov.n	a11, a3
	mov.n	a12, a4
	mov.n	a13, a5
	call8	__ltdf2
	extui	a6, a10, 31, 1
	mov.n	a10, a2
	mov.n	a11, a3
	mov.n	a12, a4
	mov.n	a13, a5
	call8	__unorddf2
	movi.n	a7, 0
	movi.n	a8, 1
	moveqz	a7, a8, a10
	mov.n	a10, a2
	mov.n	a11, a3
	mov.n	a12, a4
	mov.n	a13, a5
	call8	__nedf2
	movi.n	a8, 1
	moveqz	a8, a10, a10
	and	a7, a7, a8
	mov.n	a10, a2
	mov.n	a11, a3
	mov.n	a12, a4
	mov.n	a13, a5
	call8	__ltdf2
	srai	a8, a10, 31
	addi.n	a8, a8, 1
	slli	a9, a7, 1
	slli	a8, a8, 2
	or	a9, a6, a9
	or	a2, a9, a8
	retw.n
	.size	compare, .-compare

	.text
	.literal	.LCPI3_0, 1056964608
	.global	branch
	.type	branch, @function
	.p2align	2
branch:
	entry	a1, 32
	mov.n	a10, a2
	mov.n	a11, a3
	call8	__gtsf2
	blti	a10, 1, .LBB3_2
	retw.n
.LBB3_2:
	l32r	a2, .LCPI3_0
	movi.n	a8, 1
	movnez	a2, a3, a8
	retw.n
	.size	branch, .-branch

	.text
	.global	convert
	.type	convert, @function
	.p2align	2
convert:
	entry	a1, 32
	l32i.n	a5, a1, 32
	mov.n	a10, a2
	mov.n	a11, a3
	call8	__fixdfdi
	mov.n	a2, a10
	mov.n	a3, a11
	mov.n	a10, a4
	call8	__fixunssfsi
	mov.n	a4, a10
	mov.n	a10, a6
	mov.n	a11, a7
	call8	__floatundidf
	mov.n	a6, a10
	mov.n	a7, a11
	sext	a10, a5, 7
	call8	__floatsisf
	mov.n	a5, a10
	mov.n	a10, a6
	mov.n	a11, a7
	call8	__truncdfsf2
	mov.n	a11, a5
	call8	__addsf3
	call8	__fixsfsi
	movi.n	a8, 0
	sext	a9, a10, 15
	srai	a10, a9, 31
	add.n	a11, a2, a4
	movi.n	a12, 1
	bltu	a11, a2, .LBB4_1
	movi.n	a12, 0
.LBB4_1:
	add.n	a8, a3, a8
	add.n	a8, a8, a12
	add.n	a2, a11, a9
	movi.n	a9, 1
	bltu	a2, a11, .LBB4_3
	movi.n	a9, 0
.LBB4_3:
	add.n	a8, a8, a10
	add.n	a3, a8, a9
	retw.n
	.size	convert, .-convert

	.text
	.global	signs
	.type	signs, @function
	.p2align	2
signs:
	entry	a1, 32
	slli	a8, a3, 1
	srli	a8, a8, 1
	slli	a8, a8, 1
	srli	a8, a8, 1
	extui	a9, a5, 31, 1
	slli	a9, a9, 31
	or	a11, a8, a9
	mov.n	a10, a2
	call8	floor
	mov.n	a12, a4
	mov.n	a13, a5
	call8	fmin
	movi.n	a8, 1
	xor	a2, a10, a8
	mov.n	a3, a11
	retw.n
	.size	signs, .-signs

	.text
	.literal	.LCPI6_0, -1048576
	.literal	.LCPI6_1, -2145386496
	.global	isnormal
	.type	isnormal, @function
	.p2align	2
isnormal:
	entry	a1, 16
	slli	a8, a3, 1
	srli	a8, a8, 1
	movi.n	a9, 1
	moveqz	a9, a2, a2
	or	a8, a8, a9
	l32r	a9, .LCPI6_0
	add.n	a8, a8, a9
	l32r	a9, .LCPI6_1
	add.n	a9, a8, a9
	extui	a9, a9, 31, 1
	extui	a8, a8, 31, 1
	xor	a2, a9, a8
	retw.n
	.size	isnormal, .-isnormal

	.text
	.global	zero
	.type	zero, @function
	.p2align	2
zero:
	entry	a1, 16
	slli	a8, a3, 1
	or	a8, a8, a2
	bnez	a8, .LBB7_2
	slli	a8, a4, 1
	movi.n	a2, 1
	moveqz	a2, a8, a8
	retw.n
.LBB7_2:
	movi.n	a2, 7
	retw.n
	.size	zero, .-zero
