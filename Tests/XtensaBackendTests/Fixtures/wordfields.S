
	.text
	.global	field
	.type	field, @function
	.p2align	2
field:
	entry	a1, 16
	extui	a2, a2, 20, 11
	retw.n
	.size	field, .-field

	.text
	.global	field_wide_mask
	.type	field_wide_mask, @function
	.p2align	2
field_wide_mask:
	entry	a1, 16
	extui	a2, a2, 20, 12
	retw.n
	.size	field_wide_mask, .-field_wide_mask

	.text
	.global	field_shared
	.type	field_shared, @function
	.p2align	2
field_shared:
	entry	a1, 16
	srli	a8, a2, 7
	extui	a9, a2, 7, 13
	add.n	a2, a9, a8
	retw.n
	.size	field_shared, .-field_shared

	.text
	.global	field_placed
	.type	field_placed, @function
	.p2align	2
field_placed:
	entry	a1, 16
	extui	a8, a2, 31, 1
	slli	a8, a8, 11
	extui	a9, a3, 0, 11
	slli	a9, a9, 3
	extui	a10, a4, 0, 14
	slli	a10, a10, 14
	or	a8, a8, a9
	or	a2, a8, a10
	retw.n
	.size	field_placed, .-field_placed

	.text
	.global	or_disjoint
	.type	or_disjoint, @function
	.p2align	2
or_disjoint:
	entry	a1, 16
	extui	a8, a2, 0, 13
	addmi	a2, a8, 8192
	retw.n
	.size	or_disjoint, .-or_disjoint

	.text
	.global	pack
	.type	pack, @function
	.p2align	2
pack:
	entry	a1, 16
	mov.n	a8, a2
	mov.n	a2, a3
	mov.n	a3, a8
	retw.n
	.size	pack, .-pack

	.text
	.global	zero_words
	.type	zero_words, @function
	.p2align	2
zero_words:
	entry	a1, 16
	mov.n	a8, a4
	and	a2, a2, a4
	mov.n	a9, a8
	add.n	a3, a9, a8
	retw.n
	.size	zero_words, .-zero_words

	.text
	.global	unused
	.type	unused, @function
	.p2align	2
unused:
	entry	a1, 16
	retw.n
	.size	unused, .-unused

	.text
	.global	borrow
	.type	borrow, @function
	.p2align	2
borrow:
	entry	a1, 16
	movi.n	a8, -1
	bltu	a2, a3, .LBB8_1
	bltu	a4, a5, .LBB8_1
	movi.n	a8, 0
.LBB8_1:
	mov.n	a2, a8
	retw.n
	.size	borrow, .-borrow

	.text
	.global	both
	.type	both, @function
	.p2align	2
both:
	entry	a1, 16
	movi.n	a8, 1
	beqz	a2, .LBB9_2
	bgei	a3, 10, .LBB9_2
	bbci	a4, 2, .LBB9_1
.LBB9_2:
	movi.n	a8, 0
.LBB9_1:
	mov.n	a2, a8
	retw.n
	.size	both, .-both

	.text
	.global	borrow_one
	.type	borrow_one, @function
	.p2align	2
borrow_one:
	entry	a1, 16
	movi.n	a8, -1
	bltu	a2, a3, .LBB10_1
	movi.n	a8, 0
.LBB10_1:
	sub	a9, a3, a4
	movi.n	a10, 1
	moveqz	a10, a9, a9
	neg	a9, a10
	extui	a10, a4, 31, 1
	neg	a10, a10
	add.n	a8, a8, a9
	add.n	a2, a8, a10
	retw.n
	.size	borrow_one, .-borrow_one
