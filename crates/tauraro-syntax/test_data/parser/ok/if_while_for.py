if a:
    pass
elif b:
    pass
elif c: x = 1
else:
    y = 2

if (n := len(a)) > 10: pass

while x:
    x -= 1
else:
    done()

for i in range(10):
    continue
else:
    pass

for a, (b, c) in items: pass
for *a, b in x: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass

async def f():
    async for x in aiter():
        pass
    async with a as b:
        pass
