def f(x):
    match x:
        case _:
            return "anything"
        case 1:
            return "one"
print(f(1))
