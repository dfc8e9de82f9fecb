class A:
    __x = 1
    def __f(self, __a):
        return self.__y + __a
