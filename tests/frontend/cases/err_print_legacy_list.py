items = [print "a"]
