print(pritn("x"))
