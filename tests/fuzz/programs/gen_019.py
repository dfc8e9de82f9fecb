# proggen: max-steps 200000 max-memory 268435456
import sys
import asyncio
async def chunk():
    m = iter([1])
    for i in range(999):
        m = map(abs, m)
    del m
    print('freed')
asyncio.run(chunk())
