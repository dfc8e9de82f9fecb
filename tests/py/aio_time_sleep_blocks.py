import asyncio
import time

async def beat():
    for _ in range(3):
        print("beat", time.monotonic())
        await asyncio.sleep(0.5)

async def blocker():
    await asyncio.sleep(0.1)
    time.sleep(2)
    print("blocker woke", time.monotonic())

async def main():
    await asyncio.gather(beat(), blocker())

asyncio.run(main())
print(time.time(), time.perf_counter_ns())
