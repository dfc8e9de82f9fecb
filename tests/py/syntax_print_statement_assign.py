# Python 2 print used as a value.
message = print "hello"
