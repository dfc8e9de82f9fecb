import asyncio

async def waiter(fut):
    print("waiting")
    try:
        await fut
    finally:
        print("never printed: no finally runs when the run is ended")

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(2)
    await t

asyncio.run(main())
