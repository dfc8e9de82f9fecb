/* proggen_main.c - the command line of the program generator (proggen.h).
 *
 *   proggen show FILE...        the program of each input FILE (a libFuzzer
 *                               input or crash artifact of fuzz_programs),
 *                               with the limits it ran under, on stdout
 *   proggen corpus N DIR        write DIR/gen_000.py ... the programs of
 *                               corpus entries 0..N-1 (tests/fuzz/programs/)
 *   proggen seeds N DIR         write DIR/gen_000 ... their inputs (the
 *                               starting corpus of fuzz_programs)
 *   proggen kinds               list the chunk kinds
 *
 * A program file starts with one comment line naming the limits it is
 * meant to run under ("# proggen: max-steps S max-memory M"), which the
 * replay tests read.  Deterministic: corpus entry i is the same program on
 * every machine.  Plain C, no engine: build with any C compiler.
 */
#include "proggen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEED_BYTES 160   /* bytes of a corpus entry's input */

static int usage(void)
{
    fprintf(stderr, "usage: proggen show FILE... | corpus N DIR | seeds N DIR | kinds\n");
    return 2;
}

/* The program of data[0..n) with its header line, to f. */
static int write_program(FILE *f, const uint8_t *data, size_t n)
{
    pg_limits lim;
    size_t len;
    char *text = proggen(data, n, &len, &lim);
    if (!text)
        return -1;
    fprintf(f, "# proggen: max-steps %llu max-memory %zu\n",
            (unsigned long long)lim.max_steps, lim.max_memory);
    size_t w = fwrite(text, 1, len, f);
    free(text);
    return w == len ? 0 : -1;
}

static int show(int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            return 1;
        }
        uint8_t *buf = NULL;
        size_t n = 0, cap = 0;
        for (;;) {
            if (n == cap) {
                cap = cap ? cap * 2 : 4096;
                uint8_t *p = realloc(buf, cap);
                if (!p) {
                    fclose(f);
                    free(buf);
                    return 1;
                }
                buf = p;
            }
            size_t r = fread(buf + n, 1, cap - n, f);
            if (r == 0)
                break;
            n += r;
        }
        fclose(f);
        if (argc > 1)
            printf("#### %s\n", argv[i]);
        int rc = write_program(stdout, buf, n);
        free(buf);
        if (rc)
            return 1;
    }
    return 0;
}

/* corpus (programs) or seeds (their inputs) 0..count-1 into dir. */
static int write_corpus(const char *count_text, const char *dir, int programs)
{
    char *end;
    long count = strtol(count_text, &end, 10);
    if (*end || count < 0 || count > 100000)
        return usage();
    for (long i = 0; i < count; i++) {
        uint8_t data[SEED_BYTES];
        proggen_seed_bytes((uint64_t)i, data, sizeof data);
        char path[4096];
        snprintf(path, sizeof path, "%s/gen_%03ld%s", dir, i, programs ? ".py" : "");
        FILE *f = fopen(path, "wb");
        if (!f) {
            perror(path);
            return 1;
        }
        int rc = programs ? write_program(f, data, sizeof data)
                          : (fwrite(data, 1, sizeof data, f) == sizeof data ? 0 : -1);
        if (fclose(f) != 0 || rc) {
            fprintf(stderr, "proggen: cannot write %s\n", path);
            return 1;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "show") == 0)
        return show(argc - 2, argv + 2);
    if (argc == 4 && strcmp(argv[1], "corpus") == 0)
        return write_corpus(argv[2], argv[3], 1);
    if (argc == 4 && strcmp(argv[1], "seeds") == 0)
        return write_corpus(argv[2], argv[3], 0);
    if (argc == 2 && strcmp(argv[1], "kinds") == 0) {
        for (int k = 0; k < proggen_kinds(); k++)
            printf("%d %s\n", k, proggen_kind_name(k));
        return 0;
    }
    return usage();
}
