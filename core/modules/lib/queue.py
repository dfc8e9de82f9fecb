# queue - FIFO, LIFO and priority queues, and SimpleQueue.
#
# Written for Coroscope from CPython 3.11's documented behaviour, for a
# program with one thread.  Nothing else can ever change a queue while a
# call waits, so where CPython would block forever (get() on an empty
# queue or put() on a full one without a timeout, join() with unfinished
# tasks) a RuntimeError says so instead.  With a timeout, Empty or Full
# comes at once: waiting would change nothing, and a lock's timeout does
# not move the virtual clock.  Left out: the not_empty/not_full/all_tasks_done
# conditions and the mutex (there are no threads to guard against).

import collections
import heapq

__all__ = 'Empty Full Queue PriorityQueue LifoQueue SimpleQueue'.split()


class Empty(Exception):
    __module__ = '_queue'          # CPython defines it in C, in _queue


class Full(Exception):
    pass


def _never_returns(what):
    raise RuntimeError(what + " would wait forever: Coroscope runs no threads, "
                       "so nothing else can change the queue")


def _may_wait(block, timeout, stuck, what, failure):
    # Shared by get() and put(): stuck says the call cannot go on now.
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if stuck:
        if block and timeout is None:
            _never_returns(what)
        raise failure


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize, self.unfinished_tasks = maxsize, 0
        self._init(maxsize)

    # -- storage: a deque here; the subclasses override these four --
    def _init(self, maxsize):
        self.queue = collections.deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    # -- the public interface --
    def qsize(self):
        return self._qsize()

    def empty(self):
        return self._qsize() == 0

    def full(self):
        cap = self.maxsize
        return cap > 0 and self._qsize() >= cap

    def put(self, item, block=True, timeout=None):
        # an unbounded queue never waits, so never looks at timeout
        bounded = self.maxsize > 0
        _may_wait(block, timeout if bounded else None, self.full(),
                  "put() on a full queue with no timeout", Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        _may_wait(block, timeout, self.empty(),
                  "get() on an empty queue with no timeout", Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def task_done(self):
        left = self.unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = left

    def join(self):
        left = self.unfinished_tasks
        if left:
            _never_returns("Queue.join() with %d unfinished task%s"
                           % (left, '' if left == 1 else 's'))


class LifoQueue(Queue):
    # A plain list: append, and take from the same end.
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    # The smallest entry first; the list is kept as a heapq heap.
    _init = LifoQueue._init

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue:
    __module__ = '_queue'           # C in CPython too

    def __init__(self):
        self._items = collections.deque()

    def put(self, item, block=True, timeout=None):
        self._items.append(item)        # unbounded: block/timeout unused

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        _may_wait(block, timeout, not self._items,
                  "SimpleQueue.get() on an empty queue with no timeout", Empty)
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
