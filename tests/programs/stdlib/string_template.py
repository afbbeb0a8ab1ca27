from string import Template

t = Template("$who likes $what, ${who}s pay $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "x"}, what="y"))
print(t.safe_substitute(who="z"), t.get_identifiers(), t.is_valid(), t.template)
print(Template("$x_1 ${y}z $X").substitute(x_1=1, y=2, X=3), Template("$a$b").safe_substitute(a=1))
print(Template("no placeholders").substitute(), Template("$$").substitute(), Template("${a}${a}").get_identifiers())


class Percent(Template):
    delimiter = "%"


print(Percent("%x and %% and ${x}").substitute(x=1), Percent("100%").safe_substitute())
letter = Template("Dear $name,\nyour order #$order ships on $day.\n")
for row in [{"name": "Ann", "order": 17, "day": "Mon"}, {"name": "Bob", "order": 18}]:
    print(letter.safe_substitute(row), end="")
