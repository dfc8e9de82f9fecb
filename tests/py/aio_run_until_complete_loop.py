import asyncio

async def compute(x):
    await asyncio.sleep(0.5)
    return x * 2

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(21)))
print(loop.time(), loop.is_running(), loop.is_closed())
loop.call_later(1, print, "later")
loop.call_soon(print, "soon")
loop.call_at(loop.time() + 0.5, print, "at")
loop.call_later(2, loop.stop)
loop.run_forever()
print(loop.time())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(compute(1))
except RuntimeError as e:
    print(e)
