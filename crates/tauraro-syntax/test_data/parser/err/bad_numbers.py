x = 0777
y = 1__0
z = 0x
w = 1_
v = 123abc
