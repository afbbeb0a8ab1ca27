# str.format with keyword fields and mixtures.
print("{name} is {age}".format(name="Bob", age=42))
print("{a}{b}{a}".format(a="x", b="y"))
person = {"name": "Eve", "city": "Kano"}
print("{name} lives in {city}".format(**person))
print("{0} and {name}".format("first", name="second"))
print("{greet}, {0}! You have {n:d} new {what}".format("Ada", greet="Hi", n=3, what="messages"))
print("{x[0]}/{x[1]} {d[k]}".format(x=(1, 2), d={"k": "dv"}))
print("{val:{fill}{align}{width}}".format(val="mid", fill="~", align="^", width=9))
print("{:{}}|{:{}.{}f}".format("w", 4, 3.14159, 8, 2))
print("{0:{1}}|".format(7, 5))
tmpl = "{who} scored {pts:>3} points ({pct:.1%})"
for who, pts, pct in [("ann", 7, 0.5), ("ben", 120, 0.875), ("cy", 0, 0.0)]:
    print(tmpl.format(who=who, pts=pts, pct=pct))
