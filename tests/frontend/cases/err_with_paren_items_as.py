with (open("f") as f, open("g") as g) as h:
    pass
