# A tutorial-style program: breadth-first search with queue.Queue and
# Dijkstra's shortest paths with queue.PriorityQueue.
from queue import Queue, PriorityQueue, Empty
from typing import Dict, List, Tuple

graph: Dict[str, List[Tuple[str, int]]] = {
    "A": [("B", 4), ("C", 1)],
    "B": [("D", 1)],
    "C": [("B", 2), ("D", 5)],
    "D": [("E", 3)],
    "E": [],
}

def bfs(start):
    seen, order = {start}, []
    q = Queue()
    q.put(start)
    while not q.empty():
        node = q.get()
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.put(nxt)
    return order

def dijkstra(start):
    dist = {start: 0}
    pq = PriorityQueue()
    pq.put((0, start))
    while True:
        try:
            d, node = pq.get_nowait()
        except Empty:
            break
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                pq.put((nd, nxt))
        print(f"visit {node} at {d}, queue {pq.queue}")
    return dist

print(bfs("A"))
print(dijkstra("A"))
