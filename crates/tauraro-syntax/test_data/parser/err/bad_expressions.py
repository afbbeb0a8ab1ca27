x = 1 if y
lambda x: 
a.
x[1:2:3:4]
