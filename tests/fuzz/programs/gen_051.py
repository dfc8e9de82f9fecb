# proggen: max-steps 200000 max-memory 4194304
import sys
import asyncio
async def chunk():
    import contextlib
    class C0:
        pass
    f0()
    print('blocks')
asyncio.run(chunk())
def chunk():
    class O:
        pass
    o = O()
    for i in range(998):
        p = O()
        p.o = o
        o = p
    del o, p
    print('freed')
    yield
for _ in chunk():
    pass
