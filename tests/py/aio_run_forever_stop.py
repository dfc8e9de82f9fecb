import asyncio

loop = asyncio.new_event_loop()
count = 0

def tick():
    global count
    count += 1
    print("tick", count, loop.time())
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.5, tick)

loop.call_soon(tick)
loop.run_forever()
print("stopped at", loop.time(), loop.is_running())
loop.call_soon(print, "resumed")
loop.call_soon(loop.stop)
loop.run_forever()
try:
    loop.call_later(None, print)
except TypeError as e:
    print(e)
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
