import asyncio

async def waiter(fut):
    print("waiting for a result nobody sets")
    return await fut

async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(fut))
    await task

asyncio.run(main())
