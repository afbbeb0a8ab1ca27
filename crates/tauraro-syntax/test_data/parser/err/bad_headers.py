for x y in z: pass
for in z: pass
while: pass
with: pass
