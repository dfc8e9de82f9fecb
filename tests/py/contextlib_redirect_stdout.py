# redirect_stdout / redirect_stderr: print() and sys.stdout.write go to
# whatever object replaced sys.stdout (anything with a write method), one
# write() per piece as CPython's print does.
import sys
from contextlib import redirect_stderr, redirect_stdout


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')

    def getvalue(self):
        return ''.join(p for p in self.parts if p != '<flush>')


buf = Capture()
with redirect_stdout(buf) as target:
    print('hello', 'world', sep=', ')
    print(1, 2, 3, end='!\n', flush=True)
    print()
    sys.stdout.write('direct\n')
    print('to stderr', file=sys.stderr)
print(target is buf, sys.stdout is sys.__stdout__)
print(buf.parts)
print(repr(buf.getvalue()))

err = Capture()
with redirect_stderr(err):
    print('oops', file=sys.stderr)
    sys.stderr.write('more\n')
    print('still on stdout')
print(err.parts)

# nesting and re-entering the same manager
outer, inner = Capture(), Capture()
cm = redirect_stdout(outer)
with cm:
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    with cm:
        print('outer again')
    print('outer 2')
print(outer.getvalue().split('\n'), inner.getvalue())

# the stream is restored even when the block raises
try:
    with redirect_stdout(Capture()):
        raise ValueError('boom')
except ValueError as e:
    print('restored:', sys.stdout is sys.__stdout__, e)

# a target without write()
with redirect_stdout(None):
    print('goes nowhere')
try:
    with redirect_stdout(42):
        print('x')
except AttributeError as e:
    print(type(e).__name__, e)
print('done')
