# aiter() and anext() TypeErrors.
class BadAiter:
    def __aiter__(self):
        return 1


async def agen():
    yield 1


for call in (lambda: aiter(1), lambda: aiter([]), lambda: aiter(BadAiter()),
             lambda: anext(1), lambda: anext([1], None), lambda: anext(),
             lambda: anext(agen(), 1, 2), lambda: anext(agen)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
g = agen()
print(aiter(g) is g)
