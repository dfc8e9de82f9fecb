# A 30-deep yield-from chain resumed many times: every next() goes
# through all of it, and a send() and a throw() reach the bottom.
import sys

sys.setrecursionlimit(10000)


def chain(n):
    if n == 0:
        total = 0
        for i in range(200):
            try:
                got = yield i
            except KeyError as e:
                print('bottom caught', type(e).__name__, e)
                got = None
            if got is not None:
                total += got
        return total
    return (yield from chain(n - 1))


g = chain(30)
print(sum(next(g) for _ in range(100)))
print(g.send(5))
print(g.throw(KeyError('k')))
try:
    while True:
        next(g)
except StopIteration as e:
    print('returned', e.value)
