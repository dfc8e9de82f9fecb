if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    pass
for i in range(10):
    if i: continue
else:
    pass
for a, b in pairs:
    pass
