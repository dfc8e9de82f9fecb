try:
    pass
except* ValueError:
    pass
except *(TypeError, KeyError) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    for x in y:
        break
    def f():
        return 1
