def f():
    x = 1
      y = 2
  z = 3
if True:
print('no block')
	mixed = 1
        tabs = 2
