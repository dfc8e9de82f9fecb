from collections import deque
from itertools import islice

d = deque()
try:
    d.pop()
except IndexError as e:
    print("caught", e)
print(list(islice("abc", 2)))
