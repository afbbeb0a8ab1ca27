x = 1; if y: pass
if x: for y in z: pass
