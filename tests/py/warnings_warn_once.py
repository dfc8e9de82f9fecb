# warnings.warn prints "main.py:LINE: Category: message" and the source
# line on stderr, once per location (the default filter), and returns.
import warnings


def old_api(x):
    warnings.warn('old_api() is deprecated, use new_api()', UserWarning, stacklevel=2)
    return x * 2


def noisy():
    warnings.warn('something looks odd')


for i in range(3):
    print(old_api(i))          # one warning: same place each time
print(old_api(10))              # another place: warned again
for i in range(2):
    noisy()
warnings.warn('at module level')
warnings.warn(RuntimeWarning('an instance'))
warnings.warn('category given', category=FutureWarning)
warnings.warn('deprecated here', DeprecationWarning)   # shown: issued by __main__
warnings.warn('pending', PendingDeprecationWarning)     # ignored by default
warnings.warn(42)
for bad in [int, 'x', ValueError]:
    try:
        warnings.warn('bad', bad)
    except TypeError as e:
        print(type(e).__name__, e)
print('done')
