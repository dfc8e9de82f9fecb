한글 = 1
변수 = await 한글
