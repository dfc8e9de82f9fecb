# traceback.format_exc / print_exc: the same text an uncaught exception
# prints (source lines, carets, chained exceptions), on demand.
import sys
import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


try:
    load(['1', 'two'])
except ValueError:
    text = traceback.format_exc()
    print(text, end='')
    print('lines:', len(text.splitlines()), text.startswith('Traceback (most recent call last):'))
    traceback.print_exc()
    traceback.print_exc(file=sys.stdout)

print(repr(traceback.format_exc()))


def divide(a, b):
    return a / b


try:
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise RuntimeError('calculation failed') from e
except RuntimeError:
    print(traceback.format_exc())
    print(traceback.format_exc(chain=False))
    print(traceback.format_exc(limit=1))
    print(traceback.format_exc(limit=-1))

try:
    {}['missing']
except KeyError:
    try:
        [].pop()
    except IndexError:
        traceback.print_exc(file=sys.stdout)
        traceback.print_exc()
print('after')
