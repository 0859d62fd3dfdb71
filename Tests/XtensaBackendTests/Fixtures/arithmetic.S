
	.text
	.global	add
	.type	add, @function
	.p2align	2
add:
	entry	a1, 16
	add.n	a2, a2, a3
	retw.n
	.size	add, .-add

	.text
	.global	add_immediates
	.type	add_immediates, @function
	.p2align	2
add_immediates:
	entry	a1, 16
	addi	a8, a2, 100
	addmi	a8, a8, 512
	addmi	a8, a8, 1024
	addi	a8, a8, -24
	addi	a2, a8, -5
	retw.n
	.size	add_immediates, .-add_immediates

	.text
	.global	logic
	.type	logic, @function
	.p2align	2
logic:
	entry	a1, 16
	and	a8, a2, a3
	or	a8, a8, a4
	xor	a8, a8, a2
	extui	a2, a8, 0, 8
	retw.n
	.size	logic, .-logic

	.text
	.global	multiply
	.type	multiply, @function
	.p2align	2
multiply:
	entry	a1, 16
	mull	a8, a2, a3
	slli	a2, a8, 3
	retw.n
	.size	multiply, .-multiply

	.text
	.global	negate
	.type	negate, @function
	.p2align	2
negate:
	entry	a1, 16
	neg	a2, a2
	retw.n
	.size	negate, .-negate

	.text
	.global	shifts
	.type	shifts, @function
	.p2align	2
shifts:
	entry	a1, 16
	ssl	a3
	sll	a8, a2
	ssr	a3
	srl	a8, a8
	ssr	a3
	sra	a8, a8
	slli	a8, a8, 3
	srli	a8, a8, 5
	extui	a8, a8, 20, 12
	srai	a2, a8, 31
	retw.n
	.size	shifts, .-shifts

	.text
	.global	divide
	.type	divide, @function
	.p2align	2
divide:
	entry	a1, 16
	quos	a8, a2, a3
	remu	a8, a8, a3
	rems	a8, a8, a2
	quou	a2, a8, a3
	retw.n
	.size	divide, .-divide
