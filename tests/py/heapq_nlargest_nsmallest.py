# nlargest/nsmallest equal sorted(...)[:n]: stable for ties, with key.
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 5, 0, 6]
for n in [0, 1, 2, 3, 5, 11, 12, 20, -1]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))

words = ["pear", "fig", "apple", "kiwi", "banana", "plum", "date", "cherry", "lime"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(4, iter(words), key=len), heapq.nsmallest(4, iter(words), key=len))
print(heapq.nlargest(2, iter(words)), heapq.nsmallest(2, iter(words)))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, words, key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(1, iter([])), heapq.nlargest(3, iter([])))

portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
print([s["name"] for s in heapq.nsmallest(3, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(3, portfolio, key=lambda s: s["price"])])

class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"

items = [Item(k, t) for k, t in zip([2, 1, 2, 1, 3, 2, 1, 3], "abcdefgh")]
print(heapq.nsmallest(4, iter(items)), heapq.nlargest(4, iter(items)))
print(heapq.nsmallest(4, iter(items), key=lambda i: i.k), heapq.nlargest(4, iter(items), key=lambda i: i.k))
