# A task waiting on a future nobody will set, dropped by everyone: a cycle
# (the future's callback refers to the task).  The collector finds it and
# the task says it was destroyed while pending, as in CPython.
import asyncio
import gc

async def wait_forever(fut):
    try:
        await fut
    finally:
        print("finally of the dropped task")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = loop.create_task(wait_forever(fut))
    await asyncio.sleep(0)
    print(task.done())
    del task, fut
    n = gc.collect()
    print("collected something:", n > 0)

asyncio.run(main())
print("end")
