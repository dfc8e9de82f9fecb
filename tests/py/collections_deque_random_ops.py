# deque under a long pseudo-random mix of operations at both ends, with and
# without maxlen: contents, pops and errors as CPython's; a long FIFO queue
from collections import deque
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for maxlen in (None, 0, 1, 5, 40):
    d = deque(maxlen=maxlen)
    out = []
    for step in range(3000):
        op = rnd(12)
        try:
            if op == 0: d.append(step)
            elif op == 1: d.appendleft(step)
            elif op == 2: out.append(d.pop())
            elif op == 3: out.append(d.popleft())
            elif op == 4: d.rotate(rnd(7) - 3)
            elif op == 5 and len(d): out.append(d[rnd(len(d))])
            elif op == 6 and len(d): d[rnd(len(d))] = -step
            elif op == 7 and len(d): del d[rnd(len(d))]
            elif op == 8: d.extend(range(rnd(4)))
            elif op == 9: d.extendleft(range(rnd(4)))
            elif op == 10: out.append(sum(d) + len(d))
            elif op == 11: d.insert(rnd(len(d) + 1), step)
        except IndexError as e:
            out.append(str(e))
        if step % 500 == 0:
            out.append(list(d)); out.append(list(reversed(d)))
    print(maxlen, len(out), sum((i + 1) * ord(c) for i, c in enumerate(repr(out))) % 1000000007 , d)
q = deque()
for i in range(20000):
    q.append(i)
s = 0
while q:
    s += q.popleft()
    if s % 7 == 0:
        q.appendleft(1); q.popleft()
print(s)
st = deque()
for i in range(10000):
    st.appendleft(i)
    if i % 3: st.popleft()
print(len(st), st[0], st[-1])
