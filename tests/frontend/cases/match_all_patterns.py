match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case Point(x=0, y=0) if x > 1:
        pass
    case {"a": 1, "b": [_, *rest], **kw}:
        pass
    case -1 | 1.5 | "s" | None | True | Color.RED:
        pass
    case (1 as one, (2 | 3) as two, *_):
        pass
    case C(1, 2, a=3):
        pass
    case ():
        pass
    case _:
        pass
match = 1
match(x)
match[x]
match a, *b:
    case 1, *c, d,:
        pass
