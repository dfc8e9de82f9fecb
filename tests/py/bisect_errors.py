# bisect's messages.
import bisect

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3, 3, 5]
attempt(lambda: bisect.bisect(a, 3, -1))
attempt(lambda: bisect.bisect_left(a, 3, lo=-5))
attempt(lambda: bisect.insort(a, 3, lo=-1))
attempt(lambda: bisect.insort_left(a, 3, -2))
attempt(lambda: bisect.bisect(a, 3, 1.5))
attempt(lambda: bisect.bisect(a, 3, "1"))
attempt(lambda: bisect.bisect(a, 3, None))
attempt(lambda: bisect.bisect(a, 3, hi=2.5))
attempt(lambda: bisect.bisect(a, 3, hi="x"))
attempt(lambda: bisect.bisect(a, 3, hi=100))
attempt(lambda: bisect.bisect(a, "x"))
attempt(lambda: bisect.bisect_left(a, "x"))
attempt(lambda: bisect.bisect(5, 3))
attempt(lambda: bisect.insort((1, 2), 3))
attempt(lambda: bisect.bisect(a, 1, key=1))
attempt(lambda: bisect.bisect(range(10), 3, hi=100))
print(a)
