import asyncio

async def forever():
    await asyncio.sleep(100)

async def main():
    loop = asyncio.get_running_loop()
    loop.create_task(forever())
    await asyncio.sleep(0)
    print("main returns while a task is pending")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("closing the loop")
loop.close()
print("end")
