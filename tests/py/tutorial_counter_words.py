# Real Python style Counter examples: letters, words, inventory, multiset ops
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox"""
words = Counter(text.split())
print(words.most_common(3))
print(words['the'], words['cat'])
letters = Counter('mississippi')
print(letters)
print(sorted(letters.elements()))
inventory = Counter(dict([('apple', 10), ('orange', 15), ('banana', 0)]))
inventory.update(apple=5, banana=3)
inventory.subtract({'orange': 20})
print(inventory)
print(+inventory)
print(list(inventory.keys()), list(inventory.values()), inventory.total())
sales = Counter(apple=3, orange=2)
print(inventory - sales)
print(Counter('aab') + Counter('abc'), Counter('aab') & Counter('abc'), Counter('aab') | Counter('abc'))
for letter, count in letters.most_common(2):
    print(f'{letter}: {count}')
print(Counter(x % 3 for x in range(10)))
