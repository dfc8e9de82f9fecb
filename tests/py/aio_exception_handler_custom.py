import asyncio

def handler(loop, context):
    print("handler:", context["message"], type(context.get("exception")).__name__)

async def boom():
    raise KeyError("lost")

def bad_callback():
    raise ValueError("in a callback")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    t = loop.create_task(boom())
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0.1)
    loop.set_exception_handler(None)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)

asyncio.run(main())
