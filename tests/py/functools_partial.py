# functools.partial: frozen arguments, attributes, repr, nested partials flatten
from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo)
p = partial(max, 1, 2)
print(p, p(7), p(key=lambda x: -x))
pp = partial(p, 9, key=abs)
print(pp, pp.func, pp.args, pp.keywords, pp())
print(partial(print, sep='-')('a', 'b'))
print(list(map(partial(power, 2), range(5))))
for f in (lambda: partial(), lambda: partial(3)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name, punct):
        return self.greeting + ', ' + name + punct
hi = partial(Greeter('Hi').greet, punct='!')
print(hi('Ann'))
