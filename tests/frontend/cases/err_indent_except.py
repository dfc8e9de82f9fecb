try:
    x
except:
x = 1
