# Without a finalizer hook, dropping a suspended async generator closes it
# at once (GeneratorExit at the yield, finally runs).
async def g(name):
    try:
        yield 1
    finally:
        print(name, "finally")


def use():
    a = g("local")
    try:
        a.__anext__().send(None)
    except StopIteration:
        pass
    print("leaving use")


use()
b = g("global")
try:
    b.__anext__().send(None)
except StopIteration:
    pass
b = None
print("rebound")
c = g("unstarted")
del c
print("end")
d = g("at exit")
try:
    d.__anext__().send(None)
except StopIteration:
    pass
