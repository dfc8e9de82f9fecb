# FrameSummary and StackSummary by hand (repeated entries collapse into a
# note), TracebackException's fields and chaining, print_last's error.
import sys
import traceback

fs = traceback.FrameSummary('f.py', 3, 'g', line='x = 1', locals={'a': 1, 'b': 'two'})
print(fs, fs == ('f.py', 3, 'g', 'x = 1'), list(fs), fs.locals, len(fs), fs[2])
print(traceback.format_list([fs]))
entries = [('a.py', 1, 'f', 'pass')] * 6 + [('a.py', 2, 'h', 'return')]
print(''.join(traceback.StackSummary.from_list(entries).format()), end='')
print(traceback.StackSummary.from_list([('a.py', 1, 'f', 'pass')] * 4).format()[-1], end='')


def rec(n):
    if n:
        return rec(n - 1)
    return traceback.format_stack()


print(''.join(rec(5)), end='')
try:
    traceback.print_last()
except ValueError as e:
    print(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise KeyError('outer') from inner
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
print(te, te.exc_type.__name__, len(te.stack), te.__cause__.exc_type.__name__,
      te.__context__, te.__suppress_context__)
print(list(te.format_exception_only()))
print(''.join(te.format(chain=False)), end='')
te.print(file=sys.stdout)
print(list(traceback.TracebackException(ValueError, None, None).format()))
print(traceback.format_exception_only(ValueError, None), traceback.format_exception(ValueError, None, None))
