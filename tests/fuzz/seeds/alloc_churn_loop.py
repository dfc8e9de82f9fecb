x = []
while True:
   ('x' * 655384)
