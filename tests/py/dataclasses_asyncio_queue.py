# A tutorial-style program: dataclass jobs passed through an asyncio.Queue
# to workers, with an Enum for their status.
import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto

class Status(Enum):
    PENDING = auto()
    DONE = auto()

@dataclass(order=True)
class Job:
    __annotations__ = {"priority": int, "name": str, "status": Status, "log": list}
    name = field(compare=False)
    status = field(default=Status.PENDING, compare=False)
    log = field(default_factory=list, compare=False, repr=False)

async def worker(wid, queue, done):
    while True:
        job = await queue.get()
        await asyncio.sleep(job.priority * 0.1)
        job.status = Status.DONE
        job.log.append(f"worker {wid}")
        done.append(job)
        print(f"t={asyncio.get_running_loop().time():.1f} {wid} finished {job}")
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    done = []
    for job in sorted([Job(3, "backup"), Job(1, "email"), Job(2, "report")]):
        await queue.put(job)
    workers = [asyncio.create_task(worker(i, queue, done)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print([j.name for j in done], [j.log for j in done], all(j.status is Status.DONE for j in done))

asyncio.run(main())
