# sys.get_asyncgen_hooks()'s result and set_asyncgen_hooks's errors.
import sys

h = sys.get_asyncgen_hooks()
print(h, type(h).__name__)
print(h.firstiter, h.finalizer, h[0], h[1], len(h), tuple(h), h == (None, None))
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}, {"x": 1}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(None, None, None)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(print, firstiter=print)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(firstiter=1, finalizer=print)
except TypeError as e:
    print("TypeError:", e)
print(sys.get_asyncgen_hooks().finalizer is print, sys.get_asyncgen_hooks().firstiter)
print(sys.set_asyncgen_hooks(finalizer=None))
print(sys.get_asyncgen_hooks())
