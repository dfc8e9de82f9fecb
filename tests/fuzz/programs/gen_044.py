# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
def chunk():
    y = {'a': 1}
    print(type(y).__name__)
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
import asyncio
async def chunk():
    import json
    w = lambda a, i: [a, i]
    a = 'x'
    b = ()
    for i in range(4000):
        a = w(a, i)
        pass
    print(set([a]))
    print(a.__repr__()[:10])
asyncio.run(chunk())
def chunk():
    e = ExceptionGroup('g', [TypeError()])
    for i in range(20000):
        e = BaseExceptionGroup('b', [e])
    print(e.derive([ValueError()]))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
