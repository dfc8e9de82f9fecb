import inspect

def g():
    print("inside:", inspect.getgeneratorstate(it))
    yield 1

it = g()
print(inspect.getgeneratorstate(it))
print(it.gi_running, it.gi_frame is not None)
next(it)
print(inspect.getgeneratorstate(it))
it.close()
print(inspect.getgeneratorstate(it))
print(it.gi_frame)
print(it.gi_code.co_name)
