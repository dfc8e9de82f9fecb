def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        pass
    return "large"
print([classify(n) for n in (-1, 0, 3, 4, 50)])
if []:
    print("empty list is true?")
elif {}:
    print("no")
else:
    print("falsy containers")
class Empty:
    pass
def nothing():
    pass
print(nothing(), Empty.__name__)
for i in range(3):
    pass
print(i)
x = 5
if x > 3: print("one-line if")
while x > 3: x -= 1
print(x)
if x == 3 and not None or False:
    print("and/or/not", 0 or "" or "last", 1 and 2 and 3, not [], None or 0)
