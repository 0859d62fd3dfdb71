
	.text
	.global	clz
	.type	clz, @function
	.p2align	2
clz:
	entry	a1, 16
	nsau	a2, a2
	retw.n
	.size	clz, .-clz

	.text
	.global	clz16
	.type	clz16, @function
	.p2align	2
clz16:
	entry	a1, 16
	extui	a8, a2, 0, 16
	nsau	a8, a8
	addi	a2, a8, -16
	retw.n
	.size	clz16, .-clz16

	.text
	.global	ctz
	.type	ctz, @function
	.p2align	2
ctz:
	entry	a1, 16
	neg	a8, a2
	and	a8, a2, a8
	nsau	a8, a8
	movi.n	a9, 31
	sub	a8, a9, a8
	movi.n	a9, 32
	moveqz	a8, a9, a2
	mov.n	a2, a8
	retw.n
	.size	ctz, .-ctz

	.text
	.global	ctz_poison
	.type	ctz_poison, @function
	.p2align	2
ctz_poison:
	entry	a1, 16
	neg	a8, a2
	and	a8, a2, a8
	nsau	a8, a8
	movi.n	a9, 31
	sub	a2, a9, a8
	retw.n
	.size	ctz_poison, .-ctz_poison

	.text
	.global	swap
	.type	swap, @function
	.p2align	2
swap:
	entry	a1, 16
	slli	a8, a2, 24
	extui	a9, a2, 8, 8
	slli	a9, a9, 16
	extui	a10, a2, 16, 8
	slli	a10, a10, 8
	extui	a11, a2, 24, 8
	or	a8, a8, a9
	or	a8, a8, a10
	or	a2, a8, a11
	retw.n
	.size	swap, .-swap

	.text
	.global	rotl
	.type	rotl, @function
	.p2align	2
rotl:
	entry	a1, 16
	ssl	a3
	src	a2, a2, a2
	retw.n
	.size	rotl, .-rotl

	.text
	.global	rotr7
	.type	rotr7, @function
	.p2align	2
rotr7:
	entry	a1, 16
	ssai	7
	src	a2, a2, a2
	retw.n
	.size	rotr7, .-rotr7

	.text
	.global	clamp
	.type	clamp, @function
	.p2align	2
clamp:
	entry	a1, 16
	movi	a8, -100
	max	a8, a2, a8
	movi	a9, 1000
	minu	a8, a8, a9
	abs	a2, a8
	retw.n
	.size	clamp, .-clamp

	.text
	.global	clear
	.type	clear, @function
	.p2align	2
clear:
	entry	a1, 32
	mov.n	a10, a2
	mov.n	a12, a3
	movi.n	a11, 0
	call8	memset
	retw.n
	.size	clear, .-clear
