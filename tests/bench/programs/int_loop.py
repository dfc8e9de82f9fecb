# An integer loop of N iterations.
i = 0
total = 0
while i < N:
    total += i & 7
    i += 1
print(total)
