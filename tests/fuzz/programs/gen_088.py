# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
import asyncio
async def chunk():
    class Node:
        def __init__(self, nxt):
            self.nxt = nxt
        def __del__(self):
            Node.count = getattr(Node, 'count', 0) + 1
    head = None
    for i in range(4000):
        head = Node(head)
    del head
    print('freed')
asyncio.run(chunk())
