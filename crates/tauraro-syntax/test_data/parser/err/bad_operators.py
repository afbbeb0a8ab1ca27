x = not
y = a == not b
z = await await x
