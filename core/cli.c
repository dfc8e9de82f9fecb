/* cli.c - the native command line:
 *
 *   coroscope run [--trace] [--max-steps N] [--max-memory BYTES] FILE
 *
 * prints the program's stdout and stderr as CPython would (or, with
 * --trace, one JSON line per step on stdout) and exits with the program's
 * status.  The same commands run the wasm engine under Node: web/cli.mjs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coroscope.h"

static const char usage[] =
    "usage: coroscope run [--trace] [--max-steps N] [--max-memory BYTES] FILE\n";

/* Reads a whole file; NULL with a message on failure. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "coroscope: can't open file '%s'\n", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

static void write_out(int stream, const char *data, unsigned long len, void *user)
{
    int trace = *(int *)user;
    if (trace && stream != CS_TRACE)
        return;                 /* with --trace, output is in the trace */
    fwrite(data, 1, len, stream == CS_STDERR ? stderr : stdout);
}

int main(int argc, char **argv)
{
    int trace = 0;
    double max_steps = 0, max_memory = 0;
    const char *path = NULL;
    if (argc < 3 || strcmp(argv[1], "run") != 0) {
        fputs(usage, stderr);
        return 2;
    }
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--trace") == 0)
            trace = 1;
        else if (strcmp(argv[i], "--max-steps") == 0 && i + 1 < argc)
            max_steps = atof(argv[++i]);
        else if (strcmp(argv[i], "--max-memory") == 0 && i + 1 < argc)
            max_memory = atof(argv[++i]);
        else if (argv[i][0] == '-' || path) {
            fputs(usage, stderr);
            return 2;
        } else
            path = argv[i];
    }
    size_t len;
    char *src = path ? read_file(path, &len) : NULL;
    if (!src)
        return path ? 2 : (fputs(usage, stderr), 2);
    cs_set_output(write_out, &trace);
    cs_set_limits(max_steps, max_memory);
    cs_run(src, len, trace ? 1 : 0);
    fflush(stdout);
    free(src);
    return cs_exit_status();
}
