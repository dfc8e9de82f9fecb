# N live tasks, each waiting on one Event (bytes per task: peak / N).
import asyncio

async def waiter(event):
    await event.wait()

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event)) for _ in range(N)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*tasks)

asyncio.run(main())
