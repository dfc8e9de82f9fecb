import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    finally:
        print("child cleaned up")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise ValueError("body failed")
    except* ValueError as eg:
        print(repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            pass
        tg.create_task(child())
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
