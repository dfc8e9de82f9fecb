from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")

class Thing:
    def close(self):
        print("closed")

with closing(Thing()) as t:
    print(type(t).__name__)

with nullcontext(5) as v:
    print(v)

with ExitStack() as stack:
    for n in "ab":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")

@tag("decorated")
def f():
    print("in f")

print(tag.__name__)
