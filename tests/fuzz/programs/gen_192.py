# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    s = '%-*s' % (10, 'q')
    print(len(s.upper()))
    print(len(s.casefold()))
chunk()
def chunk():
    y = frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([frozenset([1])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])])
    print(len(repr(y)))
chunk()
def chunk():
    n = 2000
    s = '1' + '.real' * n
    print(len(s))
    r = eval(s)
    print(type(r).__name__)
    yield
for _ in chunk():
    pass
