# RecursionError messages and depths as CPython 3.11: which check hits the
# limit (a call, a comparison, a repr, a str, a Python frame) decides the
# message, and warm code (CPython quickens a code object at its 8th call)
# skips the checks of its specialised calls (str(x), len(x), FASTCALL
# builtins), so the depth is CPython's too.
# (A low limit keeps the 42 recursions quick for the paused test runs.)
import sys
sys.setrecursionlimit(120)
n = 0
class K0mod:
    def __len__(self):
        global n
        n += 1
        return len(self)
try:
    len(K0mod())
except RecursionError as e:
    print('len', 'mod', n, e)

n = 0
class K0func:
    def __len__(self):
        global n
        n += 1
        return len(self)
def f0():
    try:
        len(K0func())
    except RecursionError as e:
        print('len', 'func', n, e)
f0()

n = 0
class K1mod:
    def __getattr__(self, name):
        global n
        n += 1
        return getattr(self, name)
try:
    K1mod().y
except RecursionError as e:
    print('getattr', 'mod', n, e)

n = 0
class K1func:
    def __getattr__(self, name):
        global n
        n += 1
        return getattr(self, name)
def f1():
    try:
        K1func().y
    except RecursionError as e:
        print('getattr', 'func', n, e)
f1()

n = 0
class K2mod:
    def __getattr__(self, name):
        global n
        n += 1
        return hasattr(self, name)
try:
    K2mod().y
except RecursionError as e:
    print('hasattr', 'mod', n, e)

n = 0
class K2func:
    def __getattr__(self, name):
        global n
        n += 1
        return hasattr(self, name)
def f2():
    try:
        K2func().y
    except RecursionError as e:
        print('hasattr', 'func', n, e)
f2()

n = 0
class K3mod:
    def __iter__(self):
        global n
        n += 1
        return iter(self)
try:
    iter(K3mod())
except RecursionError as e:
    print('iter', 'mod', n, e)

n = 0
class K3func:
    def __iter__(self):
        global n
        n += 1
        return iter(self)
def f3():
    try:
        iter(K3func())
    except RecursionError as e:
        print('iter', 'func', n, e)
f3()

n = 0
class K4mod:
    def __next__(self):
        global n
        n += 1
        return next(self)
try:
    next(K4mod())
except RecursionError as e:
    print('next', 'mod', n, e)

n = 0
class K4func:
    def __next__(self):
        global n
        n += 1
        return next(self)
def f4():
    try:
        next(K4func())
    except RecursionError as e:
        print('next', 'func', n, e)
f4()

n = 0
class K5mod:
    def __format__(self, spec):
        global n
        n += 1
        return format(self, spec)
try:
    format(K5mod(), "")
except RecursionError as e:
    print('format', 'mod', n, e)

n = 0
class K5func:
    def __format__(self, spec):
        global n
        n += 1
        return format(self, spec)
def f5():
    try:
        format(K5func(), "")
    except RecursionError as e:
        print('format', 'func', n, e)
f5()

n = 0
class K6mod:
    def __hash__(self):
        global n
        n += 1
        return hash(self)
try:
    hash(K6mod())
except RecursionError as e:
    print('hash', 'mod', n, e)

n = 0
class K6func:
    def __hash__(self):
        global n
        n += 1
        return hash(self)
def f6():
    try:
        hash(K6func())
    except RecursionError as e:
        print('hash', 'func', n, e)
f6()

n = 0
class K7mod:
    def __bool__(self):
        global n
        n += 1
        return bool(self)
try:
    bool(K7mod())
except RecursionError as e:
    print('bool', 'mod', n, e)

n = 0
class K7func:
    def __bool__(self):
        global n
        n += 1
        return bool(self)
def f7():
    try:
        bool(K7func())
    except RecursionError as e:
        print('bool', 'func', n, e)
f7()

n = 0
class K8mod:
    def __iter__(self):
        global n
        n += 1
        return iter(sorted(self))
try:
    sorted(K8mod())
except RecursionError as e:
    print('sorted', 'mod', n, e)

n = 0
class K8func:
    def __iter__(self):
        global n
        n += 1
        return iter(sorted(self))
def f8():
    try:
        sorted(K8func())
    except RecursionError as e:
        print('sorted', 'func', n, e)
f8()

n = 0
class K9mod:
    def __iter__(self):
        global n
        n += 1
        return iter([sum(self)])
try:
    sum(K9mod())
except RecursionError as e:
    print('sum', 'mod', n, e)

n = 0
class K9func:
    def __iter__(self):
        global n
        n += 1
        return iter([sum(self)])
def f9():
    try:
        sum(K9func())
    except RecursionError as e:
        print('sum', 'func', n, e)
f9()

n = 0
class K10mod:
    def __iter__(self):
        global n
        n += 1
        return iter([max(self)])
try:
    max(K10mod())
except RecursionError as e:
    print('max', 'mod', n, e)

n = 0
class K10func:
    def __iter__(self):
        global n
        n += 1
        return iter([max(self)])
def f10():
    try:
        max(K10func())
    except RecursionError as e:
        print('max', 'func', n, e)
f10()

n = 0
class K11mod:
    def __getattr__(self, name):
        global n
        n += 1
        return isinstance(self, int) or self.q
try:
    K11mod().y
except RecursionError as e:
    print('isinstance', 'mod', n, e)

n = 0
class K11func:
    def __getattr__(self, name):
        global n
        n += 1
        return isinstance(self, int) or self.q
def f11():
    try:
        K11func().y
    except RecursionError as e:
        print('isinstance', 'func', n, e)
f11()

n = 0
class K12mod:
    def __add__(self, other):
        global n
        n += 1
        return self + other
try:
    K12mod() + 1
except RecursionError as e:
    print('add', 'mod', n, e)

n = 0
class K12func:
    def __add__(self, other):
        global n
        n += 1
        return self + other
def f12():
    try:
        K12func() + 1
    except RecursionError as e:
        print('add', 'func', n, e)
f12()

n = 0
class K13mod:
    def __contains__(self, item):
        global n
        n += 1
        return item in self
try:
    1 in K13mod()
except RecursionError as e:
    print('contains', 'mod', n, e)

n = 0
class K13func:
    def __contains__(self, item):
        global n
        n += 1
        return item in self
def f13():
    try:
        1 in K13func()
    except RecursionError as e:
        print('contains', 'func', n, e)
f13()

n = 0
class K14mod:
    def __lt__(self, other):
        global n
        n += 1
        return self < other
try:
    K14mod() < 1
except RecursionError as e:
    print('lt', 'mod', n, e)

n = 0
class K14func:
    def __lt__(self, other):
        global n
        n += 1
        return self < other
def f14():
    try:
        K14func() < 1
    except RecursionError as e:
        print('lt', 'func', n, e)
f14()

n = 0
class K15mod:
    def __call__(self, *a):
        global n
        n += 1
        return self(*a)
try:
    K15mod()()
except RecursionError as e:
    print('call', 'mod', n, e)

n = 0
class K15func:
    def __call__(self, *a):
        global n
        n += 1
        return self(*a)
def f15():
    try:
        K15func()()
    except RecursionError as e:
        print('call', 'func', n, e)
f15()

n = 0
class K16mod:
    def __setattr__(self, name, v):
        global n
        n += 1
        setattr(self, name, v)
try:
    K16mod().y = 1
except RecursionError as e:
    print('setattr', 'mod', n, e)

n = 0
class K16func:
    def __setattr__(self, name, v):
        global n
        n += 1
        setattr(self, name, v)
def f16():
    try:
        K16func().y = 1
    except RecursionError as e:
        print('setattr', 'func', n, e)
f16()

n = 0
class K17mod:
    def __str__(self):
        global n
        n += 1
        return f"{self}"
try:
    str(K17mod())
except RecursionError as e:
    print('str_f', 'mod', n, e)

n = 0
class K17func:
    def __str__(self):
        global n
        n += 1
        return f"{self}"
def f17():
    try:
        str(K17func())
    except RecursionError as e:
        print('str_f', 'func', n, e)
f17()

n = 0
class K18mod:
    def __str__(self):
        global n
        n += 1
        print(self); return ""
try:
    print(K18mod())
except RecursionError as e:
    print('print', 'mod', n, e)

n = 0
class K18func:
    def __str__(self):
        global n
        n += 1
        print(self); return ""
def f18():
    try:
        print(K18func())
    except RecursionError as e:
        print('print', 'func', n, e)
f18()

n = 0
class K19mod:
    def __repr__(self):
        global n
        n += 1
        return repr([self])
try:
    repr(K19mod())
except RecursionError as e:
    print('repr_list', 'mod', n, e)

n = 0
class K19func:
    def __repr__(self):
        global n
        n += 1
        return repr([self])
def f19():
    try:
        repr(K19func())
    except RecursionError as e:
        print('repr_list', 'func', n, e)
f19()

n = 0
class K20mod:
    def __eq__(self, other):
        global n
        n += 1
        return [self] == [other]
try:
    K20mod() == K20mod()
except RecursionError as e:
    print('eq_list', 'mod', n, e)

n = 0
class K20func:
    def __eq__(self, other):
        global n
        n += 1
        return [self] == [other]
def f20():
    try:
        K20func() == K20func()
    except RecursionError as e:
        print('eq_list', 'func', n, e)
f20()
