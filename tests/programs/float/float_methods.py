# Methods and attributes of float and int.
print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-3.5).hex(), float.fromhex("0x1.8p1"))
print((10.0).real, (10.0).imag, (3).real, (5).bit_length(), (255).bit_length(), (-1).bit_length())
print((1023).bit_count(), (7).conjugate(), (2.5).conjugate())
