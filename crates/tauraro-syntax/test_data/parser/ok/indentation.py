if x:
    # comment at block level

    y = 1
        # over-indented comment
# dedented comment
    z = 2
if a:
	if b:
		pass
	else:
	    pass
x = [
  1,
      2,
]
y = 1 + \
    2
if x: \
    pass
def f(
    a,
    b,
):
    pass
