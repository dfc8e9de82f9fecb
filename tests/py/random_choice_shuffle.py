# choice and shuffle on lists, strings, tuples and ranges.
import random

random.seed(314)
print([random.choice("abcdefghij") for _ in range(15)])
print([random.choice((10, 20, 30)) for _ in range(10)])
print([random.choice(range(1000, 2000, 3)) for _ in range(8)])
print(random.choice([None]))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck)
nums = list(range(20))
for _ in range(3):
    random.shuffle(nums)
    print(nums)
empty = []
random.shuffle(empty)
one = [1]
random.shuffle(one)
print(empty, one, random.shuffle([3, 2, 1]))
