# chr() out of range.
print(chr(0x10FFFF) == "\U0010ffff")
print(chr(0x110000))
