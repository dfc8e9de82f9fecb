# A 3-stage generator pipeline over N items: source -> square -> keep evens.
def source(n):
    for i in range(n):
        yield i

def square(items):
    for x in items:
        yield x * x

def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x

total = 0
for v in evens(square(source(N))):
    total += v
print(total)
