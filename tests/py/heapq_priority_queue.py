# The Python docs' priority-queue recipe: entries [priority, count, task],
# removed tasks marked in place.
import heapq

pq = []
entry_finder = {}
REMOVED = '<removed-task>'
counter = [0]

def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = counter[0]
    counter[0] += 1
    entry = [priority, count, task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)

def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED

def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError('pop from an empty priority queue')

add_task("write code", 5)
add_task("release product", 7)
add_task("write spec", 1)
add_task("create tests", 3)
add_task("write code", 2)
add_task("same priority a", 3)
add_task("same priority b", 3)
remove_task("release product")
while True:
    try:
        print(pop_task())
    except KeyError as e:
        print("KeyError", e)
        break

def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for i in range(len(h))]

print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
h = []
heapq.heappush(h, (5, 'write code'))
heapq.heappush(h, (7, 'release product'))
heapq.heappush(h, (1, 'write spec'))
heapq.heappush(h, (3, 'create tests'))
print(heapq.heappop(h))
