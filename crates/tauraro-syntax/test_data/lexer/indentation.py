if a:
    b
    if c:
        d
  # comment

e
	if f:
		g
x = (1,
2)
y = 1 + \
  2
