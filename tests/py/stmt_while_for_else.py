def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 2:
    n += 1
else:
    print("while exhausted", n)
while True:
    break
else:
    print("never")
k = 3
while k:
    k -= 1
    if k == 1:
        continue
    print("k", k)
else:
    print("else after continue", k)
for i in range(2):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else")
    print("outer", i, j)
else:
    print("outer else")
def ret():
    for i in range(3):
        return i
    else:
        return "else"
print(ret())
