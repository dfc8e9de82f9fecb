# namedtuple's messages: bad names, wrong argument counts, _make/_replace
from collections import namedtuple

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('duplicate', lambda: namedtuple('P', 'x x'))
attempt('keyword', lambda: namedtuple('P', 'x def'))
attempt('underscore', lambda: namedtuple('P', 'x _y'))
attempt('bad type name', lambda: namedtuple('1P', 'x'))
attempt('bad field', lambda: namedtuple('P', 'x 1y'))
attempt('type name keyword', lambda: namedtuple('class', 'x'))
attempt('too many defaults', lambda: namedtuple('P', 'x y', defaults=(1, 2, 3)))
P = namedtuple('P', 'x y')
attempt('missing one', lambda: P(1))
attempt('missing two', lambda: P())
Q = namedtuple('Q', 'a b c')
attempt('missing three', lambda: Q())
attempt('too many', lambda: P(1, 2, 3))
attempt('unexpected kw', lambda: P(1, z=2))
attempt('multiple values', lambda: P(1, x=2))
D = namedtuple('D', 'a b', defaults=[0])
attempt('too many with defaults', lambda: D(1, 2, 3))
attempt('make short', lambda: P._make([1]))
attempt('replace unknown', lambda: P(1, 2)._replace(z=3))
attempt('ok kw', lambda: P(y=2, x=1))
