# issue 10 reproducer: max-steps 200000 max-memory 268435456
# `while True: print('x')` ran Node out of heap on wasm: output is streamed,
# never kept, and the step budget ends it.
import sys
print('a\x00b')
print('y' * 100000)
while True:
    print('x')
    print('e', file=sys.stderr)
