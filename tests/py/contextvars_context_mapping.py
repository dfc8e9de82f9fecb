# A Context is a read-only mapping of ContextVars to values; run() calls
# a function inside it, and a context cannot be entered twice at once.
import contextvars
from contextvars import Context, ContextVar, copy_context

x = ContextVar('x', default=10)
y = ContextVar('y')
print(x, y)
print(type(x), Context, type(copy_context()))

x.set(1)
ctx = copy_context()
print(len(ctx), x in ctx, y in ctx, ctx[x], ctx.get(y), ctx.get(y, 'none'))
print([k.name for k in ctx], list(ctx.values()), [(k.name, v) for k, v in ctx.items()])


def work(n, *, label):
    y.set(n)
    x.set(x.get() * 100)
    return f'{label}: x={x.get()} y={y.get()}'


print(ctx.run(work, 5, label='inside'))
print('outside: x =', x.get(), 'y =', y.get('unset'))
print('ctx now:', ctx[x], ctx[y], len(ctx))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, Context() == Context(), len(Context()))
c2.run(y.set, 99)
print(ctx[y], c2[y], c2 == ctx)

for bad in [lambda: ctx['x'], lambda: ctx[ContextVar('z')], lambda: ctx.get(1),
            lambda: 5 in ctx, lambda: hash(ctx), lambda: Context(1), lambda: ctx.run()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


def nested():
    return ctx.run(lambda: 'never')


try:
    ctx.run(nested)
except RuntimeError as e:
    print(type(e).__name__, e)
empty = Context()
print(empty.run(x.get), empty.run(y.get, 'dflt'))
print(list(empty), dict(ctx.items()) == {x: 100, y: 5})
