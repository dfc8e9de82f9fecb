print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.5, None, True, [1], sep=None, end=None)
print(*range(4), sep="-")
print("x", sep="ignored")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", bad=1)
except TypeError as e:
    print("TypeError:", e)
