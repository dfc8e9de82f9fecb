/* cli.c - the native command line:
 *
 *   coroscope run [--trace [--trace-library]] [--pause] [--stats] [--max-steps N]
 *                 [--max-memory BYTES] [--max-output BYTES] FILE
 *   coroscope dis FILE
 *   coroscope step FILE --at N [--granularity G] [--max-steps N] [--max-memory BYTES]
 *                  [--max-output BYTES]
 *
 * prints the program's stdout and stderr as CPython would (or, with
 * --trace, one JSON line per step on stdout) and exits with the program's
 * status.  --pause runs it as stepping does (a switch back to the host at
 * every event), which must change nothing it prints.  --stats adds a
 * last line on stderr with the run's real time and peak memory (for
 * benchmarks).  `dis` prints the bytecode the program compiles to
 * instead of running it (core/compiler/dis.c).  `step` prints the
 * stepping snapshot (one JSON line, web/snapshot.schema.json) after N
 * steps of granularity G (line, coroutine, scheduler or all, the
 * default; step 0 is the loaded program), or the end snapshot if the
 * program ends first.  The same commands run the wasm engine under Node,
 * with the same output: web/cli.mjs.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "coroscope.h"

static const char usage[] =
    "usage: coroscope run [--trace] [--pause] [--stats] [--max-steps N] [--max-memory BYTES]\n"
    "                     [--max-output BYTES] FILE\n"
    "       coroscope dis FILE     (the bytecode FILE compiles to)\n"
    "       coroscope step FILE --at N [--granularity line|coroutine|scheduler|all]\n"
    "                      [--max-steps N] [--max-memory BYTES] [--max-output BYTES]\n"
    "                      (the snapshot after N steps, as JSON)\n"
    "  --trace             print one JSON line per step instead of the output\n"
    "  --pause             pause at every step and go on at once (as stepping does)\n"
    "  --stats             then print the run's real time and peak memory on stderr\n"
    "  --max-steps N       stop after N steps (statements and loop iterations);\n"
    "                      default 0 = no limit\n"
    "  --max-memory BYTES  MemoryError beyond BYTES of engine memory;\n"
    "                      default 1073741824 (1 GiB), 0 = no limit\n"
    "  --max-output BYTES  stop the program once it has written BYTES of output\n"
    "                      (stdout and stderr); default 0 = no limit\n"
    "  --trace-library     with --trace, show the lines of library modules written\n"
    "                      in Python too (asyncio, ...)\n"
    "exit status: the program's (1 after an uncaught exception or a syntax error);\n"
    "  3 when --max-steps or --max-output stopped it; 4 when its event loop could\n"
    "  only wait forever (a deadlock: every task waits and nothing can wake one up)\n";

/* Default limits of `coroscope run`: like python3, no step limit; a memory
 * cap so that a runaway allocation is a MemoryError, never the OOM killer
 * (the wasm CLI uses the same defaults). */
#define CLI_DEFAULT_MAX_STEPS 0.0
#define CLI_DEFAULT_MAX_MEMORY 1073741824.0

#if defined(__SANITIZE_ADDRESS__)
#define CLI_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLI_ASAN 1
#endif
#endif
#ifdef CLI_ASAN
/* Sanitizer builds: a huge malloc that fails returns NULL (a MemoryError)
 * as in the optimised build, instead of ASan aborting the run. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }
#endif

/* A limit argument: a number >= 0 (1e9 is fine); -1 if it is not one. */
static double parse_limit(const char *s)
{
    char *end;
    double v = strtod(s, &end);
    return end != s && *end == '\0' && v >= 0 ? v : -1;
}

/* Reads a whole program file of at most `limit` bytes (0: no limit);
 * NULL with a message on failure.  Only regular files: a directory or a
 * device (/dev/zero would never end) is refused before reading. */
static char *read_file(const char *path, size_t *len, double limit)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) != 0) {
        fprintf(stderr, "coroscope: can't open file '%s'\n", path);
        if (f)
            fclose(f);
        return NULL;
    }
    const char *refusal = S_ISDIR(st.st_mode) ? "is a directory"
                        : !S_ISREG(st.st_mode) ? "is not a regular file"
                        : limit > 0 && (double)st.st_size > limit ? "is larger than --max-memory"
                        : NULL;
    if (refusal) {
        fprintf(stderr, "coroscope: can't run '%s': it %s\n", path, refusal);
        fclose(f);
        return NULL;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {                       /* the file grew while read */
            char *more = limit > 0 && (double)cap * 2 > limit ? NULL : realloc(buf, cap *= 2);
            if (!more)
                free(buf);
            buf = more;
        }
    }
    fclose(f);
    if (!buf)
        fprintf(stderr, "coroscope: can't read '%s': out of memory\n", path);
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

/* `coroscope step`: the snapshot after `at` steps of a granularity. */
static int step_command(const char *src, size_t len, double at, const char *granularity)
{
    unsigned mask = cs_granularity(granularity);
    if (!mask) {
        fprintf(stderr, "coroscope: unknown granularity '%s' (line, coroutine, scheduler, all)\n",
                granularity);
        return 2;
    }
    cs_load(src, len, 0);
    for (double i = 0; i < at && cs_state() == CS_STEP_PAUSED; i++)
        cs_step(mask, CS_SELECT_NONE, 0, 0, 0);
    const char *json = cs_snapshot();
    fwrite(json, 1, (size_t)cs_snapshot_len(), stdout);
    fputc('\n', stdout);
    cs_free();
    return 0;
}

static void discard(int stream, const char *data, unsigned long len, void *user)
{
    (void)stream; (void)data; (void)len; (void)user;
}

int main(int argc, char **argv)
{
    int trace = 0, pause = 0, stats = 0, library = 0;
    double max_steps = CLI_DEFAULT_MAX_STEPS, max_memory = CLI_DEFAULT_MAX_MEMORY, max_output = 0;
    double at = -1;
    const char *path = NULL, *granularity = "all";
    bool dis = argc == 3 && strcmp(argv[1], "dis") == 0;
    bool step = argc >= 3 && strcmp(argv[1], "step") == 0;
    if (argc < 3 || (strcmp(argv[1], "run") != 0 && !dis && !step)) {
        fputs(usage, stderr);
        return 2;
    }
    for (int i = 2; i < argc; i++) {
        if (step && strcmp(argv[i], "--at") == 0 && i + 1 < argc)
            at = parse_limit(argv[++i]);
        else if (step && strcmp(argv[i], "--granularity") == 0 && i + 1 < argc)
            granularity = argv[++i];
        else if (step && argv[i][0] == '-' && (!strcmp(argv[i], "--trace") || !strcmp(argv[i], "--pause") ||
                                               !strcmp(argv[i], "--stats") || !strcmp(argv[i], "--trace-library"))) {
            fputs(usage, stderr);
            return 2;
        } else if (strcmp(argv[i], "--trace") == 0)
            trace = 1;
        else if (strcmp(argv[i], "--pause") == 0)
            pause = 1;
        else if (strcmp(argv[i], "--stats") == 0)
            stats = 1;
        else if (strcmp(argv[i], "--trace-library") == 0)
            library = 1;
        else if (strcmp(argv[i], "--max-steps") == 0 && i + 1 < argc)
            max_steps = parse_limit(argv[++i]);
        else if (strcmp(argv[i], "--max-memory") == 0 && i + 1 < argc)
            max_memory = parse_limit(argv[++i]);
        else if (strcmp(argv[i], "--max-output") == 0 && i + 1 < argc)
            max_output = parse_limit(argv[++i]);
        else if (argv[i][0] == '-' || path) {
            fputs(usage, stderr);
            return 2;
        } else
            path = argv[i];
    }
    if (step && at < 0) {
        fputs("coroscope: step needs --at N (a number >= 0)\n", stderr);
        fputs(usage, stderr);
        return 2;
    }
    if (max_steps < 0 || max_memory < 0 || max_output < 0) {
        fputs("coroscope: --max-steps, --max-memory and --max-output take a number >= 0\n", stderr);
        fputs(usage, stderr);
        return 2;
    }
    size_t len;
    char *src = path ? read_file(path, &len, max_memory) : NULL;
    if (!src)
        return path ? 2 : (fputs(usage, stderr), 2);
    cs_set_output(step ? discard : write_out, &trace);
    cs_set_limits(max_steps, max_memory);
    cs_set_output_limit(max_output);
    if (step) {
        int status = step_command(src, len, at, granularity);
        free(src);
        return status;
    }
    cs_run(src, len, dis ? CS_RUN_DIS : (trace ? CS_RUN_TRACE : 0) | (pause ? CS_RUN_PAUSE : 0) |
                                         (library ? CS_RUN_TRACE_LIBRARY : 0));
    fflush(stdout);
    if (stats)
        fprintf(stderr, "coroscope: run %.3f ms, peak memory %.0f bytes\n", cs_run_ms(),
                cs_peak_memory());
    free(src);
    return cs_exit_status();
}
