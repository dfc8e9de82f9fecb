import heapq
from heapq import heappush, heappop, heapify, nlargest, nsmallest, merge

class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"

tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2"), Task(5, "e")]
heapify(tasks)
print(tasks)
while tasks:
    print(heappop(tasks))

# Real Python: "The Python heapq Module: Using Heaps and Priority Queues"
results = """\
Christania Williams      11.80
Marie-Josee Ta Lou       10.86
Elaine Thompson          10.71
Tori Bowie               10.83
Shelly-Ann Fraser-Pryce  10.86
English Gardner          10.94
Michelle-Lee Ahye        10.92
Dafne Schippers          10.90
"""
top_3 = heapq.nsmallest(3, results.splitlines(), key=lambda x: float(x.split()[-1]))
print("\n".join(top_3))

import random
random.seed(1)
streams = [sorted(random.sample(range(100), 5)) for _ in range(4)]
print(streams)
print(list(merge(*streams)))
print(nlargest(5, (x for s in streams for x in s)))
