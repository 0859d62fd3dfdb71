
	.text
	.literal	.LCPI0_0, counter
	.literal	.LCPI0_1, table
	.global	bump
	.type	bump, @function
	.p2align	2
bump:
	entry	a1, 16
	l32r	a8, .LCPI0_0
	l32i.n	a9, a8, 0
	addi.n	a9, a9, 1
	s32i.n	a9, a8, 0
	l32r	a8, .LCPI0_1
	l32i.n	a8, a8, 8
	add.n	a2, a9, a8
	retw.n
	.size	bump, .-bump

	.text
	.literal	.LCPI1_0, table+4
	.global	address
	.type	address, @function
	.p2align	2
address:
	entry	a1, 16
	l32r	a2, .LCPI1_0
	retw.n
	.size	address, .-address

	.text
	.literal	.LCPI2_0, pair
	.global	pair_address
	.type	pair_address, @function
	.p2align	2
pair_address:
	entry	a1, 16
	l32r	a2, .LCPI2_0
	retw.n
	.size	pair_address, .-pair_address

	.text
	.literal	.LCPI3_0, __unnamed_0
	.global	unnamed_address
	.type	unnamed_address, @function
	.p2align	2
unnamed_address:
	entry	a1, 16
	l32r	a2, .LCPI3_0
	retw.n
	.size	unnamed_address, .-unnamed_address

	.bss
	.global	counter
	.type	counter, @object
	.p2align	2
counter:
	.space	4
	.size	counter, 4

	.data
	.global	table
	.type	table, @object
	.p2align	2
table:
	.byte	1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0
	.size	table, 16

	.section	.rodata,"a",@progbits
	.type	message, @object
	.p2align	0
message:
	.byte	104, 101, 108, 108, 111, 0
	.size	message, 6

	.data
	.global	pointer
	.type	pointer, @object
	.p2align	2
pointer:
	.long	message+2
	.size	pointer, 4

	.data
	.type	pair, @object
	.p2align	2
pair:
	.byte	7, 0, 0, 0, 255, 255, 255, 255
	.size	pair, 8

	.section	.rodata,"a",@progbits
	.type	__unnamed_0, @object
	.p2align	0
__unnamed_0:
	.byte	97, 98, 0
	.size	__unnamed_0, 3
