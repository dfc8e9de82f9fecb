# A generator runs only when asked, and stops at each yield.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")

gen = countdown(2)
print(next(gen))
print(next(gen))
print(list(gen))
