del (a)[0] + 1
