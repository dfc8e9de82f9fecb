match(x)
1 +
