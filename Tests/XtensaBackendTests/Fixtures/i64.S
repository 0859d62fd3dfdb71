
	.text
	.global	add
	.type	add, @function
	.p2align	2
add:
	entry	a1, 16
	movi.n	a8, 0
	add.n	a2, a4, a2
	movi.n	a9, 1
	bltu	a2, a4, .LBB0_1
	movi.n	a9, 0
.LBB0_1:
	add.n	a8, a5, a8
	add.n	a3, a8, a9
	retw.n
	.size	add, .-add

	.text
	.global	sub
	.type	sub, @function
	.p2align	2
sub:
	entry	a1, 16
	sub	a8, a2, a4
	movi.n	a9, 1
	bltu	a2, a4, .LBB1_1
	movi.n	a9, 0
.LBB1_1:
	sub	a10, a3, a5
	sub	a3, a10, a9
	mov.n	a2, a8
	retw.n
	.size	sub, .-sub

	.text
	.global	stacked
	.type	stacked, @function
	.p2align	2
stacked:
	entry	a1, 16
	l32i.n	a8, a1, 16
	l32i.n	a9, a1, 20
	l32i.n	a10, a1, 24
	xor	a8, a4, a8
	xor	a9, a5, a9
	srai	a11, a10, 31
	or	a8, a8, a10
	or	a9, a9, a11
	and	a2, a8, a6
	and	a3, a9, a7
	retw.n
	.size	stacked, .-stacked

	.text
	.literal	.LCPI3_0, -1985229329
	.literal	.LCPI3_1, 19088743
	.global	caller
	.type	caller, @function
	.p2align	2
caller:
	entry	a1, 48
	l32r	a14, .LCPI3_0
	l32r	a15, .LCPI3_1
	movi.n	a8, -1
	s32i.n	a8, a1, 0
	s32i.n	a8, a1, 4
	mov.n	a12, a2
	mov.n	a13, a3
	movi.n	a10, 1
	call8	callee
	mov.n	a2, a10
	retw.n
	.size	caller, .-caller

	.text
	.global	copy
	.type	copy, @function
	.p2align	2
copy:
	entry	a1, 16
	l32i.n	a8, a2, 0
	l32i.n	a9, a2, 4
	movi.n	a10, 1
	add.n	a9, a9, a10
	s32i.n	a8, a3, 24
	s32i.n	a9, a3, 28
	retw.n
	.size	copy, .-copy

	.text
	.global	extend
	.type	extend, @function
	.p2align	2
extend:
	entry	a1, 16
	neg	a8, a2
	srai	a9, a8, 31
	sext	a10, a3, 7
	srai	a11, a10, 31
	add.n	a2, a8, a10
	movi.n	a10, 1
	bltu	a2, a8, .LBB5_1
	movi.n	a10, 0
.LBB5_1:
	add.n	a8, a9, a11
	add.n	a3, a8, a10
	retw.n
	.size	extend, .-extend

	.text
	.global	compares
	.type	compares, @function
	.p2align	2
compares:
	entry	a1, 16
	xor	a8, a2, a4
	xor	a9, a3, a5
	or	a8, a8, a9
	movi.n	a9, 0
	movi.n	a10, 1
	moveqz	a9, a10, a8
	movi.n	a8, 5
	movi.n	a10, 0
	xor	a8, a2, a8
	xor	a10, a3, a10
	or	a8, a8, a10
	movi.n	a10, 1
	moveqz	a10, a8, a8
	movi.n	a8, 1
	blt	a3, a5, .LBB6_1
	bne	a3, a5, .LBB6_2
	bltu	a2, a4, .LBB6_1
.LBB6_2:
	movi.n	a8, 0
.LBB6_1:
	movi.n	a11, 1
	bltu	a5, a3, .LBB6_5
	bne	a5, a3, .LBB6_6
	bgeu	a2, a4, .LBB6_5
.LBB6_6:
	movi.n	a11, 0
.LBB6_5:
	slli	a10, a10, 1
	slli	a8, a8, 2
	slli	a11, a11, 3
	or	a9, a9, a10
	or	a8, a9, a8
	or	a2, a8, a11
	retw.n
	.size	compares, .-compares

	.text
	.global	sum
	.type	sum, @function
	.p2align	2
sum:
	entry	a1, 16
	movi.n	a8, 0
	mov.n	a9, a8
	movi.n	a10, 0
	movi	a11, -100
	movi.n	a12, -1
.LBB7_1:
	addx4	a13, a10, a2
	l32i.n	a13, a13, 0
	srai	a14, a13, 31
	add.n	a13, a9, a13
	movi.n	a15, 1
	bltu	a13, a9, .LBB7_3
	movi.n	a15, 0
.LBB7_3:
	add.n	a8, a8, a14
	add.n	a8, a8, a15
	addi.n	a10, a10, 1
	blt	a8, a12, .LBB7_2
	bne	a8, a12, .LBB7_6
	bgeu	a11, a13, .LBB7_2
.LBB7_6:
	beq	a10, a3, .LBB7_2
	mov.n	a9, a13
	j	.LBB7_1
.LBB7_2:
	movi.n	a9, 0
	sub	a10, a9, a13
	movi.n	a11, 1
	bltu	a9, a13, .LBB7_10
	movi.n	a11, 0
.LBB7_10:
	sub	a9, a9, a8
	sub	a9, a9, a11
	movnez	a13, a10, a4
	movnez	a8, a9, a4
	mov.n	a2, a13
	mov.n	a3, a8
	retw.n
	.size	sum, .-sum

	.text
	.global	shifts
	.type	shifts, @function
	.p2align	2
shifts:
	entry	a1, 16
	ssai	25
	src	a8, a3, a2
	ssai	20
	extui	a8, a8, 20, 12
	srai	a8, a8, 31
	movi.n	a9, 0
	ssl	a4
	src	a9, a9, a8
	sll	a8, a8
	extui	a10, a4, 5, 1
	movnez	a9, a8, a10
	movi.n	a11, 0
	movnez	a8, a11, a10
	ssr	a4
	src	a8, a9, a8
	srl	a9, a9
	extui	a10, a4, 5, 1
	movnez	a8, a9, a10
	movnez	a9, a11, a10
	ssr	a4
	src	a2, a9, a8
	sra	a3, a9
	extui	a8, a4, 5, 1
	movnez	a2, a3, a8
	srai	a9, a9, 31
	movnez	a3, a9, a8
	retw.n
	.size	shifts, .-shifts

	.text
	.global	rotates
	.type	rotates, @function
	.p2align	2
rotates:
	entry	a1, 16
	ssai	25
	src	a8, a2, a3
	ssai	8
	src	a3, a8, a5
	mov.n	a2, a5
	retw.n
	.size	rotates, .-rotates

	.text
	.global	arith
	.type	arith, @function
	.p2align	2
arith:
	entry	a1, 32
	mov.n	a10, a2
	mov.n	a11, a3
	mov.n	a12, a4
	mov.n	a13, a5
	call8	__muldi3
	mov.n	a12, a4
	mov.n	a13, a5
	call8	__udivdi3
	movi.n	a12, 7
	movi.n	a13, 0
	call8	__divdi3
	mov.n	a12, a2
	mov.n	a13, a3
	call8	__umoddi3
	mov.n	a12, a4
	mov.n	a13, a5
	call8	__moddi3
	mov.n	a2, a10
	mov.n	a3, a11
	retw.n
	.size	arith, .-arith

	.text
	.global	absolute
	.type	absolute, @function
	.p2align	2
absolute:
	entry	a1, 16
	movi.n	a8, 0
	sub	a9, a8, a2
	movi.n	a10, 1
	bltu	a8, a2, .LBB11_1
	movi.n	a10, 0
.LBB11_1:
	sub	a8, a8, a3
	sub	a8, a8, a10
	movltz	a2, a9, a3
	mov.n	a9, a3
	movltz	a9, a8, a3
	mov.n	a3, a9
	retw.n
	.size	absolute, .-absolute

	.text
	.global	zeros
	.type	zeros, @function
	.p2align	2
zeros:
	entry	a1, 16
	nsau	a8, a3
	nsau	a9, a2
	addi	a9, a9, 32
	moveqz	a8, a9, a3
	movi.n	a9, 0
	neg	a10, a2
	and	a10, a2, a10
	nsau	a10, a10
	movi.n	a11, 31
	sub	a10, a11, a10
	neg	a12, a3
	and	a12, a3, a12
	nsau	a12, a12
	sub	a11, a11, a12
	movi.n	a12, 32
	moveqz	a11, a12, a3
	addi	a11, a11, 32
	moveqz	a10, a11, a2
	movi.n	a11, 0
	add.n	a2, a8, a10
	movi.n	a10, 1
	bltu	a2, a8, .LBB12_1
	movi.n	a10, 0
.LBB12_1:
	add.n	a8, a9, a11
	add.n	a3, a8, a10
	retw.n
	.size	zeros, .-zeros

	.text
	.global	checked
	.type	checked, @function
	.p2align	2
checked:
	entry	a1, 16
	add.n	a8, a2, a4
	movi.n	a9, 1
	bltu	a8, a2, .LBB13_1
	movi.n	a9, 0
.LBB13_1:
	add.n	a10, a3, a5
	add.n	a9, a10, a9
	xor	a10, a3, a9
	xor	a11, a5, a9
	and	a10, a10, a11
	extui	a10, a10, 31, 1
	sub	a11, a2, a4
	movi.n	a12, 1
	bltu	a2, a4, .LBB13_3
	movi.n	a12, 0
.LBB13_3:
	sub	a13, a3, a5
	sub	a12, a13, a12
	movi.n	a13, 1
	bltu	a3, a5, .LBB13_5
	bne	a3, a5, .LBB13_6
	bltu	a2, a4, .LBB13_5
.LBB13_6:
	movi.n	a13, 0
.LBB13_5:
	s32i.n	a8, a6, 0
	s32i.n	a9, a6, 4
	s32i.n	a11, a6, 8
	s32i.n	a12, a6, 12
	slli	a8, a13, 1
	or	a2, a10, a8
	retw.n
	.size	checked, .-checked

	.text
	.global	minmax
	.type	minmax, @function
	.p2align	2
minmax:
	entry	a1, 16
	movi.n	a8, 1
	blt	a3, a5, .LBB14_1
	bne	a3, a5, .LBB14_2
	bltu	a2, a4, .LBB14_1
.LBB14_2:
	movi.n	a8, 0
.LBB14_1:
	mov.n	a9, a4
	movnez	a9, a2, a8
	mov.n	a10, a5
	movnez	a10, a3, a8
	movi.n	a8, 1
	bltu	a5, a10, .LBB14_5
	bne	a5, a10, .LBB14_6
	bltu	a4, a9, .LBB14_5
.LBB14_6:
	movi.n	a8, 0
.LBB14_5:
	movnez	a4, a9, a8
	movnez	a5, a10, a8
	mov.n	a2, a4
	mov.n	a3, a5
	retw.n
	.size	minmax, .-minmax

	.text
	.literal	.LCPI15_0, 1431655765
	.literal	.LCPI15_1, 858993459
	.literal	.LCPI15_2, 252645135
	.global	population
	.type	population, @function
	.p2align	2
population:
	entry	a1, 16
	srli	a8, a2, 1
	l32r	a9, .LCPI15_0
	and	a8, a8, a9
	sub	a8, a2, a8
	l32r	a10, .LCPI15_1
	and	a11, a8, a10
	srli	a8, a8, 2
	and	a8, a8, a10
	add.n	a8, a11, a8
	srli	a11, a8, 4
	add.n	a8, a8, a11
	l32r	a11, .LCPI15_2
	and	a8, a8, a11
	srli	a12, a8, 8
	add.n	a8, a8, a12
	extui	a12, a8, 16, 16
	add.n	a8, a8, a12
	extui	a8, a8, 0, 6
	srli	a12, a3, 1
	and	a12, a12, a9
	sub	a12, a3, a12
	and	a13, a12, a10
	srli	a12, a12, 2
	and	a12, a12, a10
	add.n	a12, a13, a12
	srli	a13, a12, 4
	add.n	a12, a12, a13
	and	a12, a12, a11
	srli	a13, a12, 8
	add.n	a12, a12, a13
	extui	a13, a12, 16, 16
	add.n	a12, a12, a13
	extui	a12, a12, 0, 6
	add.n	a8, a8, a12
	movi.n	a12, 0
	extui	a13, a4, 0, 16
	srli	a14, a13, 1
	and	a9, a14, a9
	sub	a9, a13, a9
	and	a13, a9, a10
	srli	a9, a9, 2
	and	a9, a9, a10
	add.n	a9, a13, a9
	srli	a10, a9, 4
	add.n	a9, a9, a10
	and	a9, a9, a11
	srli	a10, a9, 8
	add.n	a9, a9, a10
	extui	a10, a9, 16, 16
	add.n	a9, a9, a10
	extui	a9, a9, 0, 6
	extui	a9, a9, 0, 16
	movi.n	a10, 0
	add.n	a2, a8, a9
	movi.n	a9, 1
	bltu	a2, a8, .LBB15_1
	movi.n	a9, 0
.LBB15_1:
	add.n	a8, a12, a10
	add.n	a3, a8, a9
	retw.n
	.size	population, .-population

	.text
	.global	count
	.type	count, @function
	.p2align	2
count:
	entry	a1, 16
	movi.n	a8, 0
	mov.n	a9, a8
	movi.n	a10, 0
	movi.n	a11, 3
	movi.n	a12, 0
.LBB16_1:
	add.n	a13, a9, a11
	movi.n	a14, 1
	bltu	a13, a9, .LBB16_5
	movi.n	a14, 0
.LBB16_5:
	add.n	a8, a8, a12
	add.n	a8, a8, a14
	addi.n	a10, a10, 1
	bltu	a8, a3, .LBB16_7
	bne	a8, a3, .LBB16_2
	bltu	a13, a2, .LBB16_7
	j	.LBB16_2
.LBB16_7:
	mov.n	a9, a13
	j	.LBB16_1
.LBB16_2:
	movi.n	a9, 9
	movi.n	a11, 0
	bne	a13, a9, .LBB16_4
	bne	a8, a11, .LBB16_4
	movi.n	a2, -1
	retw.n
.LBB16_4:
	mov.n	a2, a10
	retw.n
	.size	count, .-count
