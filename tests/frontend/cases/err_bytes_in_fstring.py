x = f'{b"in"!r}'
y = f'{b"café"}'
