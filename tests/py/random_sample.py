# sample: a pool list for small populations, a set of picks for large ones
# (CPython's switch point decides the numbers), and counts=.
import random

random.seed(11)
print(random.sample(range(10), 10))
print(random.sample(range(10), 3))
print(random.sample("abcdefghijklmnopqrstuvwxyz", 6))
print(random.sample(range(21), 5), random.sample(range(22), 5))
print(random.sample(range(100), 6), random.sample(range(100), 7))
print(random.sample(range(10**9), 8))
print(random.sample(list(range(1000)), 40))
print(random.sample(("x", "y", "z"), 0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(["a", "b", "c"], k=6, counts=[1, 2, 3]))
print(random.sample(range(300), k=100)[-5:])
pop = [[1], [2], [3]]
s = random.sample(pop, 2)
print(s, s[0] is pop[0] or s[0] is pop[1] or s[0] is pop[2])
