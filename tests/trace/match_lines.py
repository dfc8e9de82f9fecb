def kind(cmd):
    match cmd.split():
        case [word]:
            return "one " + word
        case ["go", d] if d != "up":
            return "go " + d
        case ["go", _]:
            return "no"
        case _:
            return "?"

for c in ["look", "go up", "a b c"]:
    print(kind(c))
