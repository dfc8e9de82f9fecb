@dec
def f():
    pass
@dec.attr
@dec(1, 2)
class C:
    @staticmethod
    def m():
        pass
@a.b.c
async def g():
    pass
