# format_exception / print_exception with the 3.10+ signatures (an
# exception alone) and the old one (type, value, tb); format_exception_only.
import sys
import traceback


def fail(n):
    if n == 0:
        raise ValueError(f'bad value {n}')
    return fail(n - 1)


try:
    fail(2)
except ValueError as err:
    e = err

lines = traceback.format_exception(e)
print(type(lines).__name__, len(lines))
for line in lines:
    print(repr(line))
print(''.join(traceback.format_exception(type(e), e, e.__traceback__)) ==
      ''.join(lines))
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception(e, limit=2)[-1], end='')
traceback.print_exception(e)
traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
traceback.print_exception(e, limit=0, file=sys.stdout)

e2 = KeyError('k')
print(traceback.format_exception(e2))          # never raised: no traceback
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))

err = ValueError('with a note')
err.add_note('first note')
err.add_note('second\nnote')
print(traceback.format_exception_only(err))

for args in [(e, e), ('not an exception',)]:
    try:
        traceback.format_exception(*args)
    except (ValueError, TypeError) as x:
        print(type(x).__name__, x)
