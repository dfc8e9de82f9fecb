if x:
  a
 bcd
