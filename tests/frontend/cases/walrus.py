if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
[y := f(x), y ** 2]
