def deco(tag):
    def wrap(fn):
        def inner(*args, **kwargs):
            print(tag, args, kwargs)
            return fn(*args, **kwargs)
        return inner
    return wrap

@deco('one')
@deco('two')
def add(a, b=2, *rest, c, **kw):
    return a + b + c

print(add(1, c=3))
