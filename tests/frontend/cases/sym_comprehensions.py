def f(data, k):
    a = [x * k for x in data if x]
    b = {x: [y for y in x] for x in data}
    c = (d * k for d in data)
    return a, b, c
