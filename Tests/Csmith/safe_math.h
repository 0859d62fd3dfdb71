/* Kiln's own safe-math wrappers for csmith programs (csmith calls them; Debian's csmith
   package ships no headers). Written from these semantics, for every type int8_t..uint64_t:

   signed T (MIN, MAX its limits):
     safe_unary_minus_func_T_s(a)  -a, or a when a == MIN
     safe_add_func_T_s_s(a, b)     a + b, or a when the sum is outside [MIN, MAX]
     safe_sub_func_T_s_s(a, b)     a - b, or a when the difference is outside [MIN, MAX]
     safe_mul_func_T_s_s(a, b)     a * b, or a when the product is outside [MIN, MAX]
     safe_div_func_T_s_s(a, b)     a / b, or a when b == 0 or (a == MIN and b == -1)
     safe_mod_func_T_s_s(a, b)     a % b, or a under the same conditions as division
     safe_lshift_func_T_s_s(a, n)  a << n, or a when a < 0, n < 0, n >= W or a > MAX >> n
     safe_lshift_func_T_s_u(a, n)  the same with an unsigned amount
     safe_rshift_func_T_s_s(a, n)  a >> n, or a when a < 0, n < 0 or n >= W
     safe_rshift_func_T_s_u(a, n)  the same with an unsigned amount
   unsigned T:
     unary minus, add, sub, mul    wrap modulo 2^bits (computed in an unsigned type at least
                                   as wide as int, so narrow types never overflow int)
     safe_div/mod_func_T_u_u(a, b) a / b, a % b, or a when b == 0
     safe_lshift_func_T_u_s/_u_u   a << n, or a when n < 0, n >= W or a > MAX >> n
     safe_rshift_func_T_u_s/_u_u   a >> n, or a when n < 0 or n >= W
   W is the width the shift is done in after C's promotions: 32 up to 32-bit types, 64 for
   the 64-bit ones. The shift amount is an int (_s) or unsigned int (_u). None of these has
   undefined behaviour for any input, so a program's output is the same on every correct
   compiler. */
#ifndef KILN_SAFE_MATH_H
#define KILN_SAFE_MATH_H

#define KILN_SAFE_SIGNED(T, MIN, MAX, W)                                                        \
static inline T safe_unary_minus_func_##T##_s(T a) { return a == MIN ? a : (T)-a; }             \
static inline T safe_add_func_##T##_s_s(T a, T b) {                                             \
    return (b > 0 && a > MAX - b) || (b < 0 && a < MIN - b) ? a : (T)(a + b); }                 \
static inline T safe_sub_func_##T##_s_s(T a, T b) {                                             \
    return (b < 0 && a > MAX + b) || (b > 0 && a < MIN + b) ? a : (T)(a - b); }                 \
static inline T safe_mul_func_##T##_s_s(T a, T b) {                                             \
    int overflow = a > 0 ? (b > 0 ? a > MAX / b : b < MIN / a)                                  \
                         : (b > 0 ? a < MIN / b : a != 0 && b < MAX / a);                       \
    return overflow ? a : (T)(a * b); }                                                         \
static inline T safe_div_func_##T##_s_s(T a, T b) {                                             \
    return b == 0 || (a == MIN && b == -1) ? a : (T)(a / b); }                                  \
static inline T safe_mod_func_##T##_s_s(T a, T b) {                                             \
    return b == 0 || (a == MIN && b == -1) ? a : (T)(a % b); }                                  \
static inline T safe_lshift_func_##T##_s_s(T a, int n) {                                        \
    return a < 0 || n < 0 || n >= W || a > (MAX >> n) ? a : (T)(a << n); }                      \
static inline T safe_lshift_func_##T##_s_u(T a, unsigned n) {                                   \
    return a < 0 || n >= W || a > (MAX >> n) ? a : (T)(a << n); }                               \
static inline T safe_rshift_func_##T##_s_s(T a, int n) {                                        \
    return a < 0 || n < 0 || n >= W ? a : (T)(a >> n); }                                        \
static inline T safe_rshift_func_##T##_s_u(T a, unsigned n) {                                   \
    return a < 0 || n >= W ? a : (T)(a >> n); }

/* WIDE is the unsigned type the wrapping arithmetic is done in. */
#define KILN_SAFE_UNSIGNED(T, MAX, W, WIDE)                                                     \
static inline T safe_unary_minus_func_##T##_u(T a) { return (T)(0 - (WIDE)a); }                \
static inline T safe_add_func_##T##_u_u(T a, T b) { return (T)((WIDE)a + (WIDE)b); }            \
static inline T safe_sub_func_##T##_u_u(T a, T b) { return (T)((WIDE)a - (WIDE)b); }            \
static inline T safe_mul_func_##T##_u_u(T a, T b) { return (T)((WIDE)a * (WIDE)b); }            \
static inline T safe_div_func_##T##_u_u(T a, T b) { return b == 0 ? a : (T)(a / b); }           \
static inline T safe_mod_func_##T##_u_u(T a, T b) { return b == 0 ? a : (T)(a % b); }           \
static inline T safe_lshift_func_##T##_u_s(T a, int n) {                                        \
    return n < 0 || n >= W || a > (MAX >> n) ? a : (T)((WIDE)a << n); }                         \
static inline T safe_lshift_func_##T##_u_u(T a, unsigned n) {                                   \
    return n >= W || a > (MAX >> n) ? a : (T)((WIDE)a << n); }                                  \
static inline T safe_rshift_func_##T##_u_s(T a, int n) {                                        \
    return n < 0 || n >= W ? a : (T)(a >> n); }                                                 \
static inline T safe_rshift_func_##T##_u_u(T a, unsigned n) {                                  \
    return n >= W ? a : (T)(a >> n); }

KILN_SAFE_SIGNED(int8_t, INT8_MIN, INT8_MAX, 32)
KILN_SAFE_SIGNED(int16_t, INT16_MIN, INT16_MAX, 32)
KILN_SAFE_SIGNED(int32_t, INT32_MIN, INT32_MAX, 32)
KILN_SAFE_SIGNED(int64_t, INT64_MIN, INT64_MAX, 64)
KILN_SAFE_UNSIGNED(uint8_t, UINT8_MAX, 32, unsigned)
KILN_SAFE_UNSIGNED(uint16_t, UINT16_MAX, 32, unsigned)
KILN_SAFE_UNSIGNED(uint32_t, UINT32_MAX, 32, uint32_t)
KILN_SAFE_UNSIGNED(uint64_t, UINT64_MAX, 64, uint64_t)

#endif
