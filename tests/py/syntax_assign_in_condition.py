# "=" where "==" was meant, inside parentheses.
count = 10
if (count = 10):
    print("ten")
