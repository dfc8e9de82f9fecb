# iter(callable, sentinel): call until the sentinel comes back.

data = [3, 1, 4, 1, 5, 0, 9, 2]
pos = 0
def next_value():
    global pos
    pos += 1
    return data[pos - 1]

it = iter(next_value, 0)
print(type(it).__name__, iter(it) is it)
print(list(it))
print(list(it), pos)

# a bound method of a stream-like object
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ''
r = Reader(['ab', 'cd', 'ef'])
for chunk in iter(r.read, ''):
    print('chunk', chunk)

# the sentinel is compared with ==
counter = iter(lambda c=[0]: c.append(len(c)) or len(c), 4.0)
print(list(counter))

# StopIteration from the callable ends the iteration too
def raiser(state=[0]):
    state[0] += 1
    if state[0] > 2:
        raise StopIteration
    return state[0]
print(list(iter(raiser, None)))

# other exceptions propagate
def bad():
    raise ValueError('boom')
try:
    next(iter(bad, None))
except ValueError as e:
    print('ValueError:', e)

# next() with a default once exhausted
done = iter(lambda: 1, 1)
print(next(done, 'exhausted'))

for args in ((1, 2), (len,), ()):
    try:
        iter(*args)
    except TypeError as e:
        print('TypeError:', e)
