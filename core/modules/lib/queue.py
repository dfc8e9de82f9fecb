# queue - Queue, LifoQueue, PriorityQueue and SimpleQueue with CPython
# 3.11's behaviour and messages, for a program with one thread.
#
# Coroscope runs no threads, so nothing can ever fill an empty queue
# while a get() waits, empty a full one while a put() waits, or call
# task_done() while join() waits.  Where CPython would then wait forever
# (get()/put() with block=True and no timeout, join() with unfinished
# tasks) this module raises RuntimeError saying so instead of hanging.
# With a timeout, Empty/Full is raised at once: the wait would change
# nothing, and, as in CPython, a lock's timeout does not move the virtual
# clock (only sleeps and the event loop do).

try:
    from collections import deque as _deque
except ImportError:
    _deque = None

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait_forever(what):
    raise RuntimeError(what + " would wait forever: Coroscope runs no threads, "
                       "so nothing else can change the queue")


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def _heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        if self.unfinished_tasks:
            _wait_forever("Queue.join() with %d unfinished task%s"
                          % (self.unfinished_tasks, '' if self.unfinished_tasks == 1 else 's'))

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.'''
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                if self._qsize() >= self.maxsize:
                    _wait_forever("put() on a full queue with no timeout")
            else:
                _check_timeout(timeout)
                if self._qsize() >= self.maxsize:
                    raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            if not self._qsize():
                _wait_forever("get() on an empty queue with no timeout")
        else:
            _check_timeout(timeout)
            if not self._qsize():
                raise Empty
        return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    def _init(self, maxsize):
        if _deque is not None:
            self.queue = _deque()
        else:
            self._items = []

    def _qsize(self):
        if _deque is not None:
            return len(self.queue)
        return len(self._items)

    def _put(self, item):
        if _deque is not None:
            self.queue.append(item)
        else:
            self._items.append(item)

    def _get(self):
        if _deque is not None:
            return self.queue.popleft()
        return self._items.pop(0)

    def __getattr__(self, name):
        if name == 'queue' and _deque is None:
            raise AttributeError("'%s' object has no attribute 'queue' (a Queue's "
                                 "deque needs collections.deque, which Coroscope lacks)"
                                 % type(self).__name__)
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''
    __module__ = '_queue'

    def __init__(self):
        self._items = []
        self._head = 0

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue.'''
        self._items.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if timeout is not None and block:
            _check_timeout(timeout)
        if self._head >= len(self._items):
            if not block:
                raise Empty
            if timeout is None:
                _wait_forever("SimpleQueue.get() on an empty queue with no timeout")
            raise Empty
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return self._head >= len(self._items)

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._items) - self._head

