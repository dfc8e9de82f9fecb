# Subjects: a bare tuple (`match a, b:`), starred items, a walrus.
def fizzbuzz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 16)))

rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, 3, 4):
        print("starred subject items are unpacked")

match (n := 10) * 2:
    case 20:
        print("walrus in the subject:", n)

match 1,:
    case (1,):
        print("a one-element tuple subject")

match not False:
    case True:
        print("a not expression as subject")

match "yes" if n > 5 else "no":
    case "yes":
        print("a conditional expression as subject")
