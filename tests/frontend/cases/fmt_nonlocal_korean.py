def f(가):
  nonlocal 가
