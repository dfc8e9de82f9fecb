# abc: register() rules, __subclasshook__, cache token, update_abstractmethods
import abc
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods, get_cache_token

class Base(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
    @abstractmethod
    def run(self): ...

try:
    Base()
except TypeError as e:
    print(e)

class Loud(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Loud:
            return 'shout' in dir(C) or NotImplemented
        return NotImplemented

class Speaker:
    def shout(self):
        return 'HEY'

print(issubclass(Speaker, Loud), isinstance(Speaker(), Loud), issubclass(int, Loud))

token = get_cache_token()
class Stack(ABC):
    pass
print(issubclass(list, Stack))
print(Stack.register(list) is list, get_cache_token() != token, issubclass(list, Stack))
print(Stack.register(list) is list)
class Sub(Stack):
    pass
try:
    Sub.register(Stack)
except RuntimeError as e:
    print('RuntimeError', e)
print(issubclass(bool, Stack), isinstance([], Stack), isinstance((), Stack))

class Odd(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Odd)
except AssertionError as e:
    print('AssertionError', e)
try:
    isinstance(1, Stack), issubclass(1, Stack)
except TypeError as e:
    print('TypeError', e)

class Todo(ABC):
    @abstractmethod
    def go(self): ...
Todo.go = lambda self: 'went'
print(sorted(Todo.__abstractmethods__))
update_abstractmethods(Todo)
print(sorted(Todo.__abstractmethods__), Todo().go())

class Meta(metaclass=ABCMeta):
    @property
    @abstractmethod
    def size(self): ...
print(Meta.__abstractmethods__, isinstance(ABC, ABCMeta), ABC.__slots__)
