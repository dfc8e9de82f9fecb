def parse(text):
    try:
        return int(text)
    except ValueError:
        print("not a number:", text)
        return None

print(parse("12"), parse("x"))
