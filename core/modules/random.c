/* random.c - _random, the C half of the random module (lib/random.py is
 * the rest, as in CPython): the Mersenne Twister MT19937 with CPython's
 * seeding, so a seed gives CPython's numbers bit for bit, and SHA-512 for
 * version-2 seeding from a str.
 *
 * Unseeded use is deterministic: seed(None) never reads the OS.  The
 * first seed(None) of a run (random's own module-level generator, made on
 * import) seeds as seed(RUN_SEED) would; the k-th one after it (k >= 1,
 * e.g. Random() or random.seed()) seeds from the int RUN_SEED + (k << 64).
 * RUN_SEED is 0 unless the host sets it with random_set_run_seed.
 *
 * Global state: the run seed (the host's) and the count of seed(None)
 * calls in this run, reset when _random is made (once per run, since every
 * run imports its modules afresh).
 */
#include <math.h>
#include <string.h>

#include "modules/makers.h"
#include "modules/modules.h"
#include "objects/bigint.h"
#include "objects/types.h"
#include "vm/output.h"
#include "vm/vm.h"

/* ------------------------------------------------------------------ */
/* Deterministic seeding for seed(None)                                */
/* ------------------------------------------------------------------ */

static uint64_t run_seed;        /* the host's seed for unseeded use */
static uint64_t none_seeds;      /* seed(None) calls so far in this run */

void random_set_run_seed(uint64_t seed) { run_seed = seed; }

/* ------------------------------------------------------------------ */
/* SHA-512 (FIPS 180-4)                                                */
/* ------------------------------------------------------------------ */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static inline uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

/* One 128-byte block into the state h. */
static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++)
            v = (v << 8) | p[8 * i + j];
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) +
                      sha512_k[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

/* The SHA-512 digest of data[0..len) into out[64]. */
static void sha512(const unsigned char *data, size_t len, unsigned char out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t full = len / 128 * 128;
    for (size_t i = 0; i < full; i += 128)
        sha512_block(h, data + i);
    /* The tail, the 0x80 byte, zeros and the 128-bit length in bits
     * (its top 64 bits are zero for any length a size_t can hold, save
     * the 3 bits shifted out of len * 8). */
    unsigned char last[256] = { 0 };
    size_t rest = len - full;
    memcpy(last, data + full, rest);
    last[rest] = 0x80;
    size_t blocks = rest + 1 + 16 <= 128 ? 1 : 2;
    unsigned char *lenp = last + blocks * 128 - 16;
    uint64_t hi = (uint64_t)len >> 61, lo = (uint64_t)len << 3;
    for (int j = 0; j < 8; j++) {
        lenp[7 - j] = (unsigned char)(hi >> (8 * j));
        lenp[15 - j] = (unsigned char)(lo >> (8 * j));
    }
    for (size_t b = 0; b < blocks; b++)
        sha512_block(h, last + 128 * b);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            out[8 * i + j] = (unsigned char)(h[i] >> (56 - 8 * j));
}

/* ------------------------------------------------------------------ */
/* Ints from and to 32-bit words                                       */
/* ------------------------------------------------------------------ */

/* The non-negative int whose base-2**32 digits are w[0..n) (least
 * significant first). */
static Obj *int_from_words(const uint32_t *w, size_t n)
{
    while (n && w[n - 1] == 0)
        n--;
    if (n <= 2)
        return int_from_u64(n == 0 ? 0 : n == 1 ? w[0] : ((uint64_t)w[1] << 32) | w[0]);
    big_int view = { .sign = 1, .len = (uint32_t)n, .limb = (uint32_t *)w };
    big_int *b = big_copy(&view);
    return b ? int_from_big(b) : types_raise_big(BIG_ENOMEM);
}

/* ------------------------------------------------------------------ */
/* The Mersenne Twister (Matsumoto and Nishimura's mt19937ar.c, as in    */
/* CPython's _randommodule.c)                                          */
/* ------------------------------------------------------------------ */

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct RandomObj {
    Obj ob;
    int index;                   /* next word of state to use; MT_N: regenerate */
    uint32_t state[MT_N];
} RandomObj;

#define RND(o) ((RandomObj *)(o))

static uint32_t genrand_uint32(RandomObj *r)
{
    static const uint32_t mag01[2] = { 0x0U, MATRIX_A };
    uint32_t *mt = r->state, y;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(RandomObj *r, uint32_t s)
{
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObj *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0, k = MT_N > len ? MT_N : len;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;   /* MSB is 1, assuring a non-zero initial array */
}

/* Seeds from |n| (an int), its 32-bit words least significant first. */
static void seed_from_int(RandomObj *r, Obj *n)
{
    big_tmp tmp;
    const big_int *b = int_big_view(n, &tmp);
    uint32_t zero = 0;
    init_by_array(r, b->len ? b->limb : &zero, b->len ? b->len : 1);
}

/* Seeds from a 64-bit value and a count, as the int lo + (k << 64). */
static void seed_from_u64(RandomObj *r, uint64_t lo, uint64_t k)
{
    uint32_t key[4] = { (uint32_t)lo, (uint32_t)(lo >> 32), (uint32_t)k, (uint32_t)(k >> 32) };
    size_t n = 4;
    while (n > 1 && key[n - 1] == 0)
        n--;
    init_by_array(r, key, n);
}

/* ------------------------------------------------------------------ */
/* _random.Random                                                      */
/* ------------------------------------------------------------------ */

/* seed(n=None): None seeds deterministically (see the top); an int by
 * its absolute value; anything else by its hash, as an unsigned 64-bit
 * number (CPython's random_seed). */
static int random_seed_obj(RandomObj *r, Obj *arg)
{
    if (!arg || arg == obj_none) {
        uint64_t k = none_seeds++;
        seed_from_u64(r, run_seed, k);
        return 0;
    }
    if (INT_CHECK(arg)) {
        seed_from_int(r, arg);
        return 0;
    }
    hash_t h = obj_hash(arg);
    if (h == -1 && err_occurred())
        return -1;
    seed_from_u64(r, (uint64_t)h, 0);
    return 0;
}

static Obj *rnd_seed(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)kw;
    if (args_count("seed", n, 0, 1) < 0)
        return NULL;
    return random_seed_obj(RND(self), n ? a[0] : NULL) < 0 ? NULL : none_new();
}

/* random(): 53 random bits as a float in [0, 1). */
static Obj *rnd_random(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    uint32_t x = genrand_uint32(RND(self)) >> 5, y = genrand_uint32(RND(self)) >> 6;
    return float_from_double((x * 67108864.0 + y) * (1.0 / 9007199254740992.0));
}

/* getrandbits(k): an int of k random bits, filled 32 bits at a time from
 * the least significant end; the last word keeps its top bits. */
static Obj *rnd_getrandbits(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n; (void)kw;
    Obj *idx = obj_index(a[0]);
    int64_t k;
    if (!idx)
        return NULL;
    int rc = int_as_i64(idx, &k);
    DECREF(idx);
    if (rc < 0 || k > INT32_MAX || k < INT32_MIN) {
        if (rc == 0 || err_matches(Exc_OverflowError)) {
            err_clear();
            return err_set(Exc_OverflowError, "Python int too large to convert to C int");
        }
        return NULL;
    }
    if (k < 0)
        return err_set(Exc_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return int_from_i64(0);
    if (k <= 32)
        return int_from_i64(genrand_uint32(RND(self)) >> (32 - k));
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint32_t small[8];
    uint32_t *w = words <= 8 ? small : mem_alloc(words * sizeof *w);
    if (!w)
        return types_raise_big(BIG_ENOMEM);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(RND(self));
        if (k < 32)
            r >>= (32 - k);
        w[i] = r;
    }
    Obj *res = int_from_words(w, words);
    if (w != small)
        mem_free(w, words * sizeof *w);
    return res;
}

/* getstate(): the 624 words and the index, a tuple of 625 ints. */
static Obj *rnd_getstate(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    Obj *t = tuple_new(MT_N + 1);
    if (!t)
        return NULL;
    for (int i = 0; i <= MT_N; i++) {
        Obj *v = int_from_i64(i < MT_N ? (int64_t)RND(self)->state[i] : RND(self)->index);
        if (!v) {
            for (int j = i; j <= MT_N; j++)
                TUPLE_ITEM(t, j) = none_new();
            DECREF(t);
            return NULL;
        }
        TUPLE_ITEM(t, i) = v;
    }
    return t;
}

/* An item of a state vector as C's unsigned long (64 bits), with
 * PyLong_AsUnsignedLong's errors. */
static int state_word(Obj *o, uint64_t *out)
{
    if (!INT_CHECK(o))
        return err_format_int(Exc_TypeError, "an integer is required");
    if (int_sign(o) < 0)
        return err_format_int(Exc_OverflowError, "can't convert negative value to unsigned int");
    big_tmp tmp;
    const big_int *b = int_big_view(o, &tmp);
    if (b->len > 2)
        return err_format_int(Exc_OverflowError,
                              "Python int too large to convert to C unsigned long");
    *out = b->len == 0 ? 0 : b->len == 1 ? b->limb[0] : ((uint64_t)b->limb[1] << 32) | b->limb[0];
    return 0;
}

static Obj *rnd_setstate(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)n; (void)kw;
    Obj *st = a[0];
    if (!TUPLE_CHECK(st))
        return err_set(Exc_TypeError, "state vector must be a tuple");
    if (TUPLE_SIZE(st) != MT_N + 1)
        return err_set(Exc_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        uint64_t v = 0;
        if (state_word(TUPLE_ITEM(st, i), &v) < 0)
            return NULL;
        words[i] = (uint32_t)v;
    }
    Obj *io = TUPLE_ITEM(st, MT_N);
    int64_t index;
    if (!INT_CHECK(io)) {
        Obj *ix = obj_index(io);
        if (!ix)
            return NULL;
        int rc = int_as_i64(ix, &index);
        DECREF(ix);
        if (rc < 0)
            return NULL;
    } else if (int_as_i64(io, &index) < 0) {
        err_clear();
        return err_set(Exc_OverflowError, "Python int too large to convert to C long");
    }
    if (index < 0 || index > MT_N)
        return err_set(Exc_ValueError, "invalid state");
    RND(self)->index = (int)index;
    memcpy(RND(self)->state, words, sizeof words);
    return none_new();
}

static Obj *random_tp_new(TypeObj *t, Obj *const *a, size_t n, Obj *kw)
{
    (void)a; (void)n; (void)kw;
    return obj_alloc(t, 0);
}

/* Random(x=None): CPython's random_init (only when no Python __init__
 * takes its place). */
static int random_tp_init(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    if (args_no_kw("Random", kw) < 0)
        return -1;
    if (n > 1)
        return err_format_int(Exc_TypeError, "Random() requires 0 or 1 argument");
    return random_seed_obj(RND(self), n ? a[0] : NULL);
}

static void random_dealloc(Obj *o) { obj_free(o); }

static const MethodDef random_methods[] = {
    { "random", rnd_random, METH_NOARGS, NULL },
    { "seed", rnd_seed, METH_FASTCALL, NULL },
    { "getstate", rnd_getstate, METH_NOARGS, NULL },
    { "setstate", rnd_setstate, METH_O, NULL },
    { "getrandbits", rnd_getrandbits, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static TypeObj Random_Type = {
    .ob = OBJ_STATIC_HEAD(&Type_Type), .name = "Random",
    .basicsize = sizeof(RandomObj), .flags = TPF_BASETYPE,
    .dealloc = random_dealloc, .tp_new = random_tp_new, .tp_init = random_tp_init,
    .hash = obj_default_hash, .methods = random_methods,
};

/* ------------------------------------------------------------------ */
/* Module functions (private helpers of lib/random.py)                 */
/* ------------------------------------------------------------------ */

/* _text_seed(s): the int version-2 seeding makes of a str, CPython's
 * int.from_bytes(b + sha512(b).digest()) for b = s.encode(). */
static Obj *rm_text_seed(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    if (!STR_CHECK(a[0]))
        return err_format(Exc_TypeError, "expected str, got %s", TYPE_NAME(a[0]));
    size_t len = STR_NBYTES(a[0]), total = len + 64;
    unsigned char *buf = mem_alloc(total);
    if (!buf)
        return types_raise_big(BIG_ENOMEM);
    memcpy(buf, STR_DATA(a[0]), len);
    sha512(buf, len, buf + len);
    /* Big-endian bytes to little-endian 32-bit words. */
    size_t words = (total + 3) / 4;
    uint32_t *w = mem_alloc(words * sizeof *w);
    Obj *res = NULL;
    if (w) {
        memset(w, 0, words * sizeof *w);
        for (size_t i = 0; i < total; i++) {
            size_t bit = (total - 1 - i) * 8;       /* weight of byte i */
            w[bit / 32] |= (uint32_t)buf[i] << (bit % 32);
        }
        res = int_from_words(w, words);
        mem_free(w, words * sizeof *w);
    } else {
        types_raise_big(BIG_ENOMEM);
    }
    mem_free(buf, total);
    return res;
}

/* _index(x): operator.index(x). */
static Obj *rmod_index(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    return obj_index(a[0]);
}

/* _warn_caller(message, depth): a DeprecationWarning attributed to the
 * frame `depth` calls above the Python function calling this (CPython's
 * warnings.warn(message, DeprecationWarning, stacklevel)), shown only when
 * that frame runs __main__'s code, as CPython's default filters do. */
static Obj *rm_warn_caller(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)kw;
    int64_t depth;
    if (args_count("_warn_caller", n, 2, 2) < 0 || int_as_i64(a[1], &depth) < 0)
        return NULL;
    FrameObj *f = ev.frame, *caller = f;
    while (caller && depth-- > 0)
        caller = caller->back;
    if (!caller || !STR_CHECK(a[0]))
        return none_new();
    Obj *name = dict_getitem(caller->globals, ID(__name__));
    if (!name || !STR_CHECK(name) || !str_eq_cstr(name, "__main__"))
        return none_new();
    ev.frame = caller;
    rt_warn(Exc_DeprecationWarning, a[0]);
    ev.frame = f;
    return none_new();
}

/* _acos(x): libm's acos, which CPython's math.acos is (for
 * vonmisesvariate, whose argument is always in [-1, 1]). */
static Obj *rm_acos(Obj *self, Obj *const *a, size_t n, Obj *kw)
{
    (void)self; (void)n; (void)kw;
    double x;
    if (obj_as_double(a[0], &x) < 0)
        return NULL;
    if (x < -1.0 || x > 1.0)
        return err_set(Exc_ValueError, "math domain error");
    return float_from_double(acos(x));
}

static const MethodDef random_functions[] = {
    { "_text_seed", rm_text_seed, METH_O, NULL },
    { "_index", rmod_index, METH_O, NULL },
    { "_warn_caller", rm_warn_caller, METH_FASTCALL, NULL },
    { "_acos", rm_acos, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

Obj *make_random(void)
{
    none_seeds = 0;
    if (type_ready(&Random_Type) < 0)
        return NULL;
    Obj *m = module_new("_random");
    if (m && (module_add_functions(m, random_functions) < 0 ||
              module_add_object(m, "Random", (Obj *)&Random_Type) < 0))
        CLEAR(m);
    return m;
}
