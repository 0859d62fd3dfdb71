/* Shared by structs_main.c and structs_peer.c: structs of every size passed by value
 * (byval), returned (sret), mixed with scalars before and after them. */
struct s1 { char a; };
struct s2 { short a; };
struct s3 { char a, b, c; };
struct s4 { int a; };
struct s6 { short a[3]; };
struct s8 { int a, b; };
struct s12 { int a, b, c; };
struct s16 { int a[4]; };
struct s24 { int a[6]; };
struct s28 { int a[7]; };
struct s40 { int a[10]; };
struct s100 { int a[25]; };
struct sll { long long x; int y; };

int peer_take(int k, struct s1 a, struct s2 b, struct s3 c, struct s4 d, struct s6 e, struct s8 f, int tail);
int peer_big(struct s12 a, struct s16 b, struct s24 c, int mid, struct s28 d, struct s40 e, struct s100 f, long long w);
struct s3 peer_s3(int x);
struct s8 peer_s8(struct s8 x, int y);
struct s28 peer_s28(int x, struct s28 y);
struct s100 peer_s100(struct s100 y, int x);
struct sll peer_sll(struct sll v, int k);
int main_callback(struct s12 a, int b, struct s6 c);
