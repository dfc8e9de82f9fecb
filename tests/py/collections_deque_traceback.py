# An uncaught IndexError from deque.popleft(): the traceback shows only the
# program's line, as CPython's deque is written in C
from collections import deque

queue = deque(['job1'])
print(queue.popleft())
queue.popleft()
