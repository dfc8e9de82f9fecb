def g():
    me = yield
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    print("running:", me.gi_running)
    yield "done"
it = g()
next(it)
print(it.send(it))
print(it.gi_running)
def h():
    yield next(gen2)
gen2 = h()
next(gen2)
