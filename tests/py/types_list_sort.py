# list.sort / sorted: stable, key=, reverse=, errors propagate
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
print(sorted([3.5, 1, 2, -1]), sorted("hello"), sorted({3: 1, 1: 2}))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
