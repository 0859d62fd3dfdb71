int table[4] = {1, 20, 300, 4000};
static const char text[] = "objects linked\n";
const char *greeting = text;
int lib_sum(const int *v, int n) { int s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
