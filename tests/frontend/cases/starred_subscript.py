a[*b]
a[*b, c]
print(*a, *b)
x = [*a]
