m = [[i * j for j in range(3)] for i in range(444444443)]
print(sum(x for x in range(10**12)))
