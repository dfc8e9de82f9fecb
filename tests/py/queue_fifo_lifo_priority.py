# queue.Queue, LifoQueue, PriorityQueue, SimpleQueue without threads.
import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
l = queue.LifoQueue()
for x in "abc":
    l.put_nowait(x)
print([l.get_nowait() for _ in range(3)])
p = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high"), (5, "x"), (0, "first")]:
    p.put(item)
print(p.queue)
print([p.get() for _ in range(p.qsize())])
s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
print(queue.Empty, queue.Full, queue.SimpleQueue)
print(issubclass(queue.Empty, Exception), queue.Empty.__name__)
b = queue.Queue(maxsize=2)
b.put("a")
b.put("b", block=False)
print(b.full(), b.maxsize)
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
print(b.get(), b.get())
try:
    b.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    b.get(block=False)
except queue.Empty:
    print("Empty again")
