import asyncio

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("inner saw CancelledError")
        raise

async def main():
    try:
        async with asyncio.timeout(1):
            await stubborn()
    except TimeoutError:
        print("outer TimeoutError")
    task = asyncio.current_task()
    print("cancelling", task.cancelling())
    try:
        await asyncio.wait_for(asyncio.sleep(3, result="late"), timeout=1)
    except asyncio.TimeoutError as e:
        print("wait_for", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(1, result="in time"), timeout=2))

asyncio.run(main())
