# operator's __all__ and dunder aliases, attrgetter/itemgetter pickling
# data, and the argument errors of the getters and length_hint.
import operator

print(operator.__all__)
print(operator.__and__ is operator.and_, operator.__inv__ is operator.inv,
      operator.__invert__ is operator.invert, operator.__not__ is operator.not_)
print(operator.itemgetter(1, 2).__reduce__(), operator.attrgetter('a.b').__reduce__())
print(operator.countOf([1, 1.0, True, 2], 1), operator.indexOf((3, 4), 4))
print(operator.length_hint(iter([1, 2])), operator.call(divmod, 7, 2))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


for obj in (Hint(3), Hint(NotImplemented), Hint(-1), Hint('x')):
    try:
        print(operator.length_hint(obj, 9))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in (lambda: operator.attrgetter(), lambda: operator.length_hint([], 'x'),
            lambda: operator.iconcat(1, 2), lambda: operator.concat({}, {})):
    try:
        bad()
    except TypeError as e:
        print(e)
print(operator.ipow(2, 5), operator.imatmul.__name__, operator.__ilshift__(1, 3))
