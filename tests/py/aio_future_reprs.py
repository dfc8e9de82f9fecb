import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(lambda fut: print("callback", fut))
    print(f)
    f.set_result(42)
    print(f, f.result())
    await asyncio.sleep(0)
    g = asyncio.Future()
    g.set_exception(ValueError("bad"))
    print(g, repr(g.exception()))
    h = loop.create_future()
    h.cancel()
    print(h, h.cancelled())
    try:
        h.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(loop)
    t = asyncio.current_task()
    print(t)

asyncio.run(main())
