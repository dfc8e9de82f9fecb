def f():
    try:
        pass
    except* ValueError as e:
        g = lambda: e
