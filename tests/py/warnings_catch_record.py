# catch_warnings(record=True) collects WarningMessage objects instead of
# printing; showwarning can be replaced; formatwarning gives the text.
import warnings


def deprecated(func):
    def wrapper(*args, **kwargs):
        warnings.warn(f'{func.__name__} is deprecated', DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


@deprecated
def add(a, b):
    return a + b


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(add(1, 2))
    print(add(3, 4))
    warnings.warn('plain', UserWarning)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.filename, w.lineno, w.line)
print(issubclass(caught[0].category, DeprecationWarning), type(caught[0].message).__name__)
print(str(caught[-1]))
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'x = 1')))
print(repr(warnings.formatwarning('msg', RuntimeWarning, 'main.py', 3)))

shown = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
    shown.append((str(message), category.__name__, lineno))
warnings.warn('to the hook')
warnings.showwarning = old
print(shown)

cm = warnings.catch_warnings()
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
with cm:
    try:
        cm.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)
print('end')
