# string.Template: substitute, safe_substitute, errors, custom delimiter.
from string import Template

t = Template("$who likes $what; ${who}'s cost: $$10 $")
print(t.safe_substitute(who="tim", what="kung pao"))
try:
    t.substitute(who="tim", what="kung pao")
except ValueError as e:
    print(type(e).__name__, e)
t2 = Template("$who likes ${what}s")
print(t2.substitute({"who": "ann", "what": "cat"}))
print(t2.substitute({"who": "ann", "what": "cat"}, who="bob"))
print(t2.substitute(dict(who=1, what=2.5)))
try:
    t2.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
print(t2.safe_substitute(who="x"))
print(Template("line1\n  $ bad").safe_substitute())
try:
    Template("line1\n  $ bad").substitute()
except ValueError as e:
    print(type(e).__name__, e)
try:
    Template("${bad name}").substitute({"bad": 1})
except ValueError as e:
    print(type(e).__name__, e)
print(Template("$a$b${c}d $$e $_f9 $9").safe_substitute(a=1, b=2, c=3, _f9=4))
print(Template("$who and $who and ${other}").get_identifiers())
print(Template("$ok").is_valid(), Template("$ $ok").is_valid(), Template("100$").is_valid())
print(t.template)

class Percent(Template):
    delimiter = "%"

p = Percent("%name is %% 100%age, ${x}")
print(p.safe_substitute(name="Al", age=5))
print(p.substitute(name="Al", age=5, x="-"))
print(Template("$café").safe_substitute({"caf": "tea"}))
