#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-1 :
print("second-line cookie: à la carte")
