# warn() with a Warning instance, a stacklevel past the outermost frame
# ("sys:1"), a replaced formatwarning, the 'module' action, module
# patterns, catch_warnings(action=...), and a bad action in the list.
import io
import sys
import warnings


def deep():
    warnings.warn('from nowhere', stacklevel=50)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn(UserWarning('an instance'), DeprecationWarning)
    deep()
for w in log:
    print(w.category.__name__, w.message, w.filename, w.lineno)

old = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: \
    f'[{category.__name__}] {message} @{lineno}\n'
buf = io.StringIO()
warnings.showwarning('shown by hand', RuntimeWarning, 'x.py', 7, file=buf)
warnings.formatwarning = old
print(repr(buf.getvalue()))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    for i in range(3):
        warnings.warn('per module')
    warnings.warn('per module')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', module='__ma')
    warnings.warn('matched by module prefix')
    warnings.filterwarnings('error', module='other')
    warnings.warn('not matched')
print([str(w.message) for w in log])

with warnings.catch_warnings(action='error', category=RuntimeWarning):
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)
print(warnings.filters[0][0])

with warnings.catch_warnings():
    warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
    try:
        warnings.warn('z')
    except RuntimeError as e:
        print(repr(e))
try:
    warnings.warn('x', int)
except TypeError as e:
    print(e)
try:
    warnings.filterwarnings('ignore', module=3)
except AssertionError as e:
    print(e)
print(warnings.__all__)
print(warnings.WarningMessage('m', UserWarning, 'f.py', 1))
