
	.text
	.literal	.LCPI0_0, numbers
	.global	third
	.type	third, @function
	.p2align	2
third:
	entry	a1, 16
	l32r	a8, .LCPI0_0
	l32i.n	a2, a8, 8
	retw.n
	.size	third, .-third

	.text
	.literal	.LCPI1_0, numbers
	.global	sum
	.type	sum, @function
	.p2align	2
sum:
	entry	a1, 16
	l32r	a8, .LCPI1_0
	l32i.n	a9, a8, 4
	addi.n	a8, a8, 12
	add.n	a2, a9, a8
	retw.n
	.size	sum, .-sum

	.section	.rodata,"a",@progbits
	.type	text, @object
	.p2align	0
text:
	.byte	97, 108, 112, 104, 97, 0, 98, 101, 116, 97, 0, 0
	.size	text, 12

	.data
	.global	numbers
	.type	numbers, @object
	.p2align	2
numbers:
	.byte	1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0
	.size	numbers, 16

	.data
	.global	words
	.type	words, @object
	.p2align	2
words:
	.long	text
	.long	text+6
	.size	words, 8

	.data
	.global	after
	.type	after, @object
	.p2align	2
after:
	.long	numbers+4
	.size	after, 4

	.data
	.global	before
	.type	before, @object
	.p2align	2
before:
	.long	numbers+4
	.size	before, 4

	.data
	.global	wide
	.type	wide, @object
	.p2align	3
wide:
	.long	numbers
	.byte	0, 0, 0, 0
	.size	wide, 8

	.data
	.global	functions
	.type	functions, @object
	.p2align	2
functions:
	.long	third
	.long	sum
	.size	functions, 8
