# sys.stdout / sys.stderr: write() returns the number of characters,
# print(file=...), flush, the standard streams' attributes.
import sys

n = sys.stdout.write('héllo\n')
print(n, sys.stdout.write(''), sys.stderr.write('to stderr\n'))
print(sys.stdout.flush(), sys.stderr.flush())
print('via print', file=sys.stderr)
print('explicit stdout', file=sys.stdout, flush=True)
print(sys.stdout, sys.stderr)
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stdout.isatty(),
      sys.stdout.writable(), sys.stdout.mode)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
sys.stdout.writelines(['a', 'b', 'c\n'])
for bad in [5, 1.5, None]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print('x', file=3)
except AttributeError as e:
    print(type(e).__name__, e)
old = sys.stdout
sys.stdout = None
print('dropped')
sys.stdout = old
print('back', sep='', end='\n')
