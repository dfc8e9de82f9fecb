# The wall clock is the virtual clock read as seconds since the epoch in
# UTC: it starts at 1970-01-01 00:00:00 and moves only when the program
# waits (the asyncio documentation's examples print 00:00:00 .. 00:00:03).
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    print(f"started at {time.strftime('%X')}")
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f"finished at {time.strftime('%X')}")

    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    print(f"started at {time.strftime('%X')}")
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")


print(time.strftime('%Y-%m-%d %H:%M:%S %Z'), time.time())
asyncio.run(main())
time.sleep(0.5)
print(time.ctime(), time.asctime(), time.time())
time.sleep(3600 * 25)
print(time.strftime('%c'), time.localtime().tm_mday, time.gmtime().tm_hour)
print(time.time_ns(), time.monotonic() == time.time())
