def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
