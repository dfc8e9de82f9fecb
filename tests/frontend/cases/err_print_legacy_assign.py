x = print "hello"
