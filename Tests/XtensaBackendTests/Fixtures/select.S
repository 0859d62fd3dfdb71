
	.text
	.global	if_zero
	.type	if_zero, @function
	.p2align	2
if_zero:
	entry	a1, 16
	moveqz	a4, a3, a2
	mov.n	a2, a4
	retw.n
	.size	if_zero, .-if_zero

	.text
	.global	if_negative
	.type	if_negative, @function
	.p2align	2
if_negative:
	entry	a1, 16
	movltz	a4, a3, a2
	mov.n	a2, a4
	retw.n
	.size	if_negative, .-if_negative

	.text
	.global	if_equal
	.type	if_equal, @function
	.p2align	2
if_equal:
	entry	a1, 16
	sub	a8, a2, a3
	movnez	a5, a4, a8
	mov.n	a2, a5
	retw.n
	.size	if_equal, .-if_equal

	.text
	.global	if_less
	.type	if_less, @function
	.p2align	2
if_less:
	entry	a1, 16
	movi.n	a8, 1
	bltu	a2, a3, .LBB3_1
	movi.n	a8, 0
.LBB3_1:
	movnez	a5, a4, a8
	mov.n	a2, a5
	retw.n
	.size	if_less, .-if_less

	.text
	.global	compare_values
	.type	compare_values, @function
	.p2align	2
compare_values:
	entry	a1, 16
	movi.n	a8, 1
	blt	a2, a3, .LBB4_1
	movi.n	a8, 0
.LBB4_1:
	sub	a9, a2, a3
	movi.n	a10, 1
	moveqz	a10, a9, a9
	extui	a9, a2, 31, 1
	add.n	a8, a8, a10
	add.n	a2, a8, a9
	retw.n
	.size	compare_values, .-compare_values
