# format() of ints and floats laid out without separators (written straight into the
# result) and with separators but no zero padding (grouped in place): every alignment,
# fills (ASCII and not), signs, zero padding, radixes, and the values at their edges.
ints = [0, 7, -7, 42, -42, 999, 1000, -1000, 123456789, -987654321, 2**63 - 1, -(2**63), 2**70, -(2**70)]
specs = ["", "d", "8", "<8", ">8", "^8", "=8", "08", "-^9", "*<7", "é>6", "+", " ", "+08", " ^9",
         ",", "_", "12,", "<12,", "^14,", "=14,", "014,", "+,", "_x", "_b", "#_o", "x", "X", "#x",
         "#010X", "o", "b", "n", ">5n", "3", "=+9", "*=+13,", " <12_", "+=7", "+^11,", " =10_"]
for value in ints:
    print(value, [format(value, spec) for spec in specs])
print([format(True, s) for s in ["", "d", ">5", "^5", "x", ","]])
for value in [0.0, -0.0, 1.5, -1.5, 1234567.891, -0.000123, 1e300, float("inf"), float("-inf"), float("nan")]:
    print([format(value, s) for s in ["12.4f", "<12.4f", "^12.4f", "=12.4f", "012.4f", "+.2f",
                                       ".3e", ">12.3e", ".2%", "*^11.1%", "10", "z.1f",
                                       ",.2f", "15,.2f", "015,.2f", "é<10.1f", "-^13.2e", "g", "12g"]])
class Width(int):
    def __format__(self, spec):
        return "W" + spec
print(f"{Width(5):>8d}|{Width(5)}", f"{255:{'^'}{10}x}", f"{-3.25:{'='}{9}.{2}f}")
for bad in ["8.2d", "=8c", "+c", ",c", "_n"]:
    try:
        print(format(65, bad))
    except ValueError as error:
        print("ValueError:", error)
