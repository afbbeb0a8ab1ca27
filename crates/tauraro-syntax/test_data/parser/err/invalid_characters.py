x = $ 1
y = a ? b
z = `x`
w = 1 <> 2
v = €
