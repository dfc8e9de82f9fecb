def g():
    me = yield
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    yield
it = g(); next(it); it.send(it)
def fin():
    yield 1
f = fin(); list(f)
try:
    f.send(5)
except StopIteration as e:
    print("send after finish", repr(e))
try:
    f.throw(KeyError("after"))
except KeyError as e:
    print("throw after finish", e)
def unstarted():
    print("never")
    yield
u = unstarted()
try:
    u.throw(ValueError("early"))
except ValueError as e:
    print("thrown early", e)
print(next(u, "closed"))
def genret():
    try:
        yield 1
    except GeneratorExit:
        return "r"
gr = genret(); next(gr); print(gr.close())
def yield_in_finally():
    try:
        yield 1
    finally:
        print("finally start")
        yield 2
y = yield_in_finally(); next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
y = None
print("done")
def stop_in_sub():
    yield
    raise StopIteration
def outer():
    yield from stop_in_sub()
o = outer(); next(o)
try:
    next(o)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
