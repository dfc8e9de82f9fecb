def f():
	x = 1
	가 = await  z  # 이
