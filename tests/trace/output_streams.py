import sys

print("a", "b", sep="-", end="")
print("!")
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print("한국어", 3.5, [1, "x"])
for i in range(3):
    print(i, end=" ")
print()
