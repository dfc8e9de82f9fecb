# A naked exception re-raised from except* comes out wrapped in its group.
def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

f()
