#!/bin/sh
# Build and run the native unit test of the builtin types (core/t_*.c).
# Links against the real runtime when it links, else against
# stub_runtime.c (exception classes etc.) while the evaluator is missing.
# Usage: tests/types/run.sh   (from the repo root; binary in build/)
set -e
cd "$(dirname "$0")/../.."
mkdir -p build
CC=${CC:-gcc}
FLAGS="-std=c11 -Wall -Wextra -g -D_DEFAULT_SOURCE -Icore -fsanitize=address,undefined"
TYPES="core/t_*.c core/bigint.c core/numfmt.c core/mem.c core/object.c core/class.c"
if ! $CC $FLAGS tests/types/types_test.c $TYPES $(ls core/*.c | grep -v -e 't_' -e bigint.c -e numfmt.c -e mem.c -e object.c -e class.c -e main.c -e coro_fiber.c) -lm -o build/types_test 2>/dev/null; then
    $CC $FLAGS tests/types/types_test.c tests/types/stub_runtime.c $TYPES -lm -o build/types_test
fi
# leak checking is off: the test itself does not free every temporary
ASAN_OPTIONS=detect_leaks=0 ./build/types_test
