# heapq.nsmallest / nlargest / merge: ties keep input order, keys, reverse,
# and the comparisons they make.
import heapq

log = []

class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"

items = [K(v, t) for v, t in zip([3, 1, 3, 2, 1, 3, 2, 5, 0, 5], "abcdefghij")]
for n in (0, 1, 2, 3, 5, 20):
    print(n, heapq.nsmallest(n, items), heapq.nlargest(n, items))
print(log[:40]); log.clear()
print(heapq.nsmallest(3, iter(items)), log[:]); log.clear()
print(heapq.nlargest(3, iter(items)), log[:]); log.clear()
words = "pear fig apple kiwi banana plum date cherry lime".split()
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nlargest(4, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(2, iter([]), key=len), heapq.nlargest(1, []))
print(list(heapq.merge([1, 3, 5], [1, 2, 3], [], [0, 9])))
print(list(heapq.merge([5, 3, 1], [4, 3], [9], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(list(heapq.merge(words[:3], words[3:6], key=len)))
a = [K(1, "x"), K(2, "y")]
b = [K(1, "p"), K(2, "q")]
print(list(heapq.merge(a, b)), log[:])
