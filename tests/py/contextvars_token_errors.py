# ContextVar.set returns a Token; reset(token) restores the old value
# once, in the same context, for the same variable.
import contextvars
from contextvars import ContextVar, Token

a = ContextVar('a')
b = ContextVar('b', default=0)

tok = a.set(1)
print(tok)
print(tok.var is a, tok.old_value is Token.MISSING, Token.MISSING)
tok2 = a.set(2)
print(tok2.old_value, a.get())
a.reset(tok2)
print(a.get(), tok2)
a.reset(tok)
try:
    a.get()
except LookupError as e:
    print(type(e).__name__, e, e.args[0] is a)

for bad in [lambda: a.reset(tok), lambda: b.reset(b.set(5)) or b.reset(a.set(3)),
            lambda: a.reset('token'), lambda: Token()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

ctx = contextvars.copy_context()
t3 = ctx.run(a.set, 'elsewhere')
try:
    a.reset(t3)
except ValueError as e:
    print(type(e).__name__, e)
print(ctx.run(a.reset, t3), a in ctx, ctx.get(a, 'gone'))

for args, kw in [((), {}), ((1,), {}), (('x', 2), {}), (('x',), {'dflt': 1})]:
    try:
        ContextVar(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b.get(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.name = 'c'
except AttributeError as e:
    print(type(e).__name__, e)
print(b.name, b.get(), b.get(7), a.get('fallback'))
