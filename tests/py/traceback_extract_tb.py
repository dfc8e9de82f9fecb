# extract_tb / format_tb / extract_stack / format_list: FrameSummary
# entries (filename, lineno, name, line) and their formatting.
import traceback


def inner():
    raise LookupError('deep')


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except LookupError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.filename, fs.lineno, fs.name, repr(fs.line))
filename, lineno, name, line = summary[-1]
print(name, line, summary[0][2], len(summary[0]))
print(summary[-1])
print(traceback.extract_tb(tb, limit=1)[0].name, traceback.extract_tb(tb, limit=-1)[0].name)
for chunk in traceback.format_tb(tb):
    print(repr(chunk))
print(traceback.format_tb(tb, limit=2) == traceback.format_tb(tb)[:2])
print(''.join(traceback.format_list(summary)), end='')
traceback.print_tb(tb)
print(traceback.format_list([('main.py', 7, 'inner', "raise LookupError('deep')")]))
for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno)


def where():
    return traceback.extract_stack()


def show_stack():
    stack = where()
    print([(f.name, f.lineno) for f in stack])
    print(''.join(traceback.format_stack(limit=1)), end='')
    traceback.print_stack(limit=2)


show_stack()
