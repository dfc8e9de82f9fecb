nonlocal y
