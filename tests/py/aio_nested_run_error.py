import asyncio

async def inner():
    return 1

async def outer():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await coro

print(asyncio.run(outer()))
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
