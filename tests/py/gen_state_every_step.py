import inspect
def g():
    print("running:", inspect.getgeneratorstate(it), it.gi_running, it.gi_frame.f_lineno)
    x = yield 1
    print("got", x)
    yield 2
    return "r"
it = g()
print(inspect.getgeneratorstate(it), it.gi_running, it.gi_frame.f_lineno)
print(next(it))
print(inspect.getgeneratorstate(it), it.gi_running, it.gi_frame.f_lineno)
print(it.send("s"))
print(it.gi_frame.f_lineno, it.gi_frame is it.gi_frame)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
print(inspect.getgeneratorstate(it), it.gi_running, it.gi_frame)
it2 = g()
it2.close()
print(inspect.getgeneratorstate(it2), it2.gi_frame)
it3 = g()
next(it3)
it3.close()
print(inspect.getgeneratorstate(it3), it3.gi_frame)
def failing():
    yield 1
    raise ValueError("x")
it4 = failing()
next(it4)
try:
    next(it4)
except ValueError:
    pass
print(inspect.getgeneratorstate(it4), it4.gi_frame)
print(it.__name__, it.__qualname__, it.gi_code.co_name, it.gi_yieldfrom)
