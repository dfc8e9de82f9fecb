class MyErr(Exception):
    pass

def g():
    raise MyErr('a', 1)

try:
    g()
except (TypeError, MyErr) as e:
    print(e.args)

print(undefined_nam)
