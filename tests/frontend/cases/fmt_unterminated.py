가 = "abc
