# issue 10 reproducer: max-steps 200000 max-memory 268435456
# Found by the program generator: repr, == and hash of structures sharing
# their items (2**60 visits) ran for minutes past the step budget.
a = b = []
t = ()
for i in range(60):
    a = [a, a]
    b = [b, b]
    t = (t, t)
print(hash(t))
