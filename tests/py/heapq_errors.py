# heapq's messages for a non-list or empty heap, and the list after a
# comparison fails part way.
import heapq

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: heapq.heappush((1,), 2))
attempt(lambda: heapq.heappop([]))
attempt(lambda: heapq.heappop((1,)))
attempt(lambda: heapq.heapreplace([], 1))
attempt(lambda: heapq.heapreplace((), 1))
attempt(lambda: heapq.heappushpop((), 1))
attempt(lambda: heapq.heapify((3, 1)))
attempt(lambda: heapq.heapify("abc"))

h = [3, 1, "x", 2]
attempt(lambda: heapq.heapify(h))
print(h)
h = [1, 2, 3, 4, 5]
attempt(lambda: heapq.heappush(h, "x"))
print(h)
h = [1, "a", 3, 4, 5]
attempt(lambda: heapq.heappop(h))
print(h)
h = [0, 1, 2, 3, 4, 5, None]
attempt(lambda: heapq.heappop(h))
print(h)
attempt(lambda: list(heapq.merge([1], ["a"])))
attempt(lambda: heapq.nlargest(2, [1, "a", 3]))

class Sub(list):
    pass

s = Sub([5, 4, 3])
heapq.heapify(s)
heapq.heappush(s, 1)
print(s, heapq.heappop(s), type(s).__name__)
