
	.text
	.literal	.LCPI0_0, big+3
	.global	small
	.type	small, @function
	.p2align	2
small:
	entry	a1, 16
	mov.n	a8, a3
	mov.n	a9, a5
	add.n	a5, a8, a7
	mov.n	a3, a4
	mov.n	a4, a8
	mov.n	a7, a9
	addmi	a9, a1, -256
	movsp	a1, a9
	l32r	a8, .LCPI0_0
	jx	a8
	.size	small, .-small

	.text
	.literal	.LCPI1_0, small+3
	.global	big
	.type	big, @function
	.p2align	2
big:
	entry	a1, 272
	s32i.n	a3, a1, 0
	l32i.n	a2, a1, 0
	addmi	a9, a1, 256
	movsp	a1, a9
	l32r	a8, .LCPI1_0
	jx	a8
	.size	big, .-big

	.text
	.literal	.LCPI2_0, small+3
	.global	same
	.type	same, @function
	.p2align	2
same:
	entry	a1, 16
	mov.n	a8, a2
	mov.n	a2, a3
	mov.n	a3, a8
	movi.n	a7, 7
	l32r	a8, .LCPI2_0
	jx	a8
	.size	same, .-same

	.text
	.global	through
	.type	through, @function
	.p2align	2
through:
	entry	a1, 16
	mov.n	a8, a2
	mov.n	a9, a3
	mov.n	a2, a8
	mov.n	a3, a4
	mov.n	a4, a9
	l32i.n	a9, a8, 0
	extui	a9, a9, 12, 12
	slli	a9, a9, 3
	addi	a10, a1, 16
	sub	a9, a10, a9
	movsp	a1, a9
	addi.n	a8, a8, 3
	jx	a8
	.size	through, .-through

	.text
	.literal	.LCPI4_0, external
	.global	outside
	.type	outside, @function
	.p2align	2
outside:
	entry	a1, 16
	l32r	a8, .LCPI4_0
	l32i.n	a9, a8, 0
	extui	a9, a9, 12, 12
	slli	a9, a9, 3
	addi	a10, a1, 16
	sub	a9, a10, a9
	movsp	a1, a9
	addi.n	a8, a8, 3
	jx	a8
	.size	outside, .-outside

	.text
	.literal	.LCPI5_0, small+3
	.global	optional
	.type	optional, @function
	.p2align	2
optional:
	entry	a1, 16
	mov.n	a3, a2
	addx2	a2, a3, a3
	movi.n	a4, 0
	movi.n	a5, 0
	movi.n	a6, 0
	movi.n	a7, 1
	l32r	a8, .LCPI5_0
	jx	a8
	.size	optional, .-optional

	.text
	.global	not_here
	.type	not_here, @function
	.p2align	2
not_here:
	entry	a1, 32
	mov.n	a10, a2
	mov.n	a11, a2
	movi.n	a12, 0
	movi.n	a13, 0
	movi.n	a14, 0
	movi.n	a15, 1
	call8	external
	mov.n	a2, a10
	retw.n
	.size	not_here, .-not_here

	.text
	.literal	.LCPI7_0, sink+3
	.global	void_tail
	.type	void_tail, @function
	.p2align	2
void_tail:
	entry	a1, 16
	l32r	a8, .LCPI7_0
	jx	a8
	.size	void_tail, .-void_tail

	.text
	.global	sink
	.type	sink, @function
	.p2align	2
sink:
	entry	a1, 16
	retw.n
	.size	sink, .-sink
