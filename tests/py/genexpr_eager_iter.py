def source():
    print("source called")
    return [1, 2, 3]

ge = (x * 2 for x in source())
print("created")
print(list(ge))
print(sum(x for x in range(5) if x % 2))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
