x = [1, 2, (3,
y = {'a': 1
print(x
