# Misusing an async generator and its awaitables gives CPython's errors.
async def g():
    yield 1


a = g()
s = a.__anext__()
t = a.athrow(ValueError)
calls = [
    lambda: a.asend(), lambda: a.aclose(1), lambda: a.__anext__(1), lambda: a.__aiter__(2),
    lambda: s.send(), lambda: s.throw(), lambda: s.close(1), lambda: s.__await__(1),
    lambda: t.throw(), lambda: anext(a, 1).send(), lambda: anext(a, 1).throw(),
    lambda: type(a)(), lambda: type(s)(), lambda: type(t)(), lambda: type(anext(a, 1))(),
    lambda: setattr(a, "ag_running", True), lambda: setattr(a, "ag_frame", None),
    lambda: setattr(a, "__qualname__", 5), lambda: delattr(a, "__name__"),
]
for call in calls:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
a.__name__ = "renamed"
a.__qualname__ = "Re.named"
print(a.__name__, a.__qualname__, repr(a).startswith("<async_generator object Re.named at "))
