# simplefilter / filterwarnings: 'ignore', 'error', 'always', 'once',
# 'module'; resetwarnings; catch_warnings restores the filters.
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    emit('silenced')
    print('nothing printed for silenced')

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        emit('now an error')
    except UserWarning as e:
        print(type(e).__name__, e)
    warnings.simplefilter('ignore', DeprecationWarning)
    emit('deprecated but ignored', DeprecationWarning)
    try:
        emit('still an error', RuntimeWarning)
    except RuntimeWarning as e:
        print(type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter('always')
    for i in range(2):
        emit('always shown')

with warnings.catch_warnings():
    warnings.simplefilter('once')
    for i in range(2):
        emit('once only')
    emit('once only')

with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='spam')
    emit('spam and eggs')        # ignored: starts with 'spam'
    emit('eggs and spam')        # shown
    warnings.filterwarnings('error', category=FutureWarning)
    try:
        emit('future', FutureWarning)
    except FutureWarning as e:
        print('raised', e)

print(len(warnings.filters) > 0, warnings.filters[0][0])
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)
    emit('pending, but no filters', PendingDeprecationWarning)
for bad in [lambda: warnings.simplefilter('loud'), lambda: warnings.simplefilter('ignore', lineno=-1),
            lambda: warnings.filterwarnings('ignore', message=5),
            lambda: warnings.filterwarnings('ignore', category=int)]:
    try:
        bad()
    except AssertionError as e:
        print(type(e).__name__, e)
