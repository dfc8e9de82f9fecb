def check(value, kind):
    match value:
        case kind():
            return True
    return False

print(check(1, int))
print(check("a", "str"))
