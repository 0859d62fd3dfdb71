// Several objects calling each other: C -> C (multi-lib.c) -> assembly (multi-asm.S) -> C,
// and data in one object pointing at data in another (R_XTENSA_32 across objects).
void put(const char *s); void put_int(int v);
extern int table[4];
extern const char *greeting;
int lib_sum(const int *v, int n);
int asm_apply(int (*f)(int), int x);
int square(int x) { return x * x; }
int *table_end = &table[4];
int main(void) {
  put(greeting);
  put("sum "); put_int(lib_sum(table, (int)(table_end - table))); put("\n");
  put("apply "); put_int(asm_apply(square, 12)); put("\n");
  return 7;
}
