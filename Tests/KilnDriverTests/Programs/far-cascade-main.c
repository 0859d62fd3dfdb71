// Ten far calls whose veneers push each other out of reach (far-cascade.S).
void put(const char *s); void put_int(int v);
int far_cascade(void);
int main(void) { put_int(far_cascade()); put("\n"); return 0; }
