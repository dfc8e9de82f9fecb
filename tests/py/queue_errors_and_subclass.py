# Queue variants: negative timeouts, put on an unbounded queue with any
# timeout, a custom _put/_get subclass, repr of the classes and errors.
import queue

q = queue.Queue()
q.put(1, timeout=-5)            # unbounded: the timeout is never looked at
print(q.get(block=False, timeout=-1), q.qsize())
b = queue.Queue(maxsize=1)
for call in (lambda: b.put(1, timeout=-1), lambda: b.get(timeout=-2)):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
b.put('x')
for call in (lambda: b.put('y', False), lambda: b.put_nowait('y'), lambda: b.put('y', True, 0)):
    try:
        call()
    except queue.Full:
        print('Full', b.qsize(), b.full())


class Stack(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.insert(0, item)

    def _get(self):
        return self.queue.pop(0)


s = Stack()
for i in range(3):
    s.put(i)
print([s.get() for _ in range(3)], s.unfinished_tasks)
pq = queue.PriorityQueue()
for item in [5, 1, 4, 1, 3]:
    pq.put(item)
print(pq.queue, [pq.get_nowait() for _ in range(5)])
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize(), repr(queue.Empty()), queue.Full.__module__, queue.Empty.__module__)
try:
    sq.get(False)
except queue.Empty:
    print('SimpleQueue empty')
print(queue.__all__)
