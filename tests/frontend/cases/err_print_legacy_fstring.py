x = f"{print 'x'}"
