class Account:
    __rate = 1
    def __init__(self, __owner, balance):
        self.__balance = balance
        __local = __owner
        def __helper(__x):
            return __x + __local
        return __helper
    def __dunder__(self):
        global __counter
        __counter = 1
    class __Inner:
        __deep = [__v for __v in range(3)]
def outside(__plain):
    return __plain
