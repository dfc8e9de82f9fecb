# queue: task_done/join bookkeeping, timeouts and their errors.
import queue
import time

q = queue.Queue()
q.put("job1")
q.put("job2")
print(q.unfinished_tasks)
while not q.empty():
    job = q.get()
    print("working on", job)
    q.task_done()
q.join()
print("all done", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print(type(e).__name__, e)
start = time.monotonic()
try:
    q.get(timeout=0.5)
except queue.Empty:
    print("Empty after", round(time.monotonic() - start, 2))
try:
    q.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
full = queue.Queue(1)
full.put(1)
try:
    full.put(2, timeout=0.25)
except queue.Full:
    print("Full after", round(time.monotonic() - start, 2))
try:
    full.put(2, timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
s = queue.SimpleQueue()
try:
    s.get(timeout=0.1)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
