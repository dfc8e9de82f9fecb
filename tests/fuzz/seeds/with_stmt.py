class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t)
        return True

with CM() as c, CM():
    raise KeyError('k')
print('after')
