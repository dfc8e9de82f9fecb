# An error in __set_name__ while a class is made is wrapped in a RuntimeError.
class Strict:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f'bad attribute name {name!r}')
        self.name = name

class Good:
    value = Strict()
print(Good.value.name)

try:
    class Bad:
        Value = Strict()
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

class NotCallable:
    __set_name__ = 'oops'
try:
    class Holder:
        attr = NotCallable()
except RuntimeError as e:
    print('RuntimeError:', e, '|', type(e.__cause__).__name__, e.__cause__)

# attributes added after the class exists are not told their names
late = Strict()
Good.Late = late
print(hasattr(late, 'name'))
