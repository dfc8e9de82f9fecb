import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5) as cm:
            print("when", cm.when(), "expired", cm.expired())
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__context__).__name__)
    print("expired", cm.expired(), "now", loop.time())
    async with asyncio.timeout(None) as cm2:
        print("when", cm2.when())
        cm2.reschedule(loop.time() + 1)
        await asyncio.sleep(0.5)
    print("not expired", cm2.expired(), loop.time())
    try:
        async with asyncio.timeout_at(loop.time() + 2) as cm3:
            cm3.reschedule(loop.time() + 0.25)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout at", loop.time())
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline times out at once", loop.time())

asyncio.run(main())
