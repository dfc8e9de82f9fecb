import asyncio

async def risky():
    raise ValueError("nobody looked")

async def main():
    asyncio.create_task(risky())
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
