# f-string formatting: integers, floats, alignment, padding, thousands separators, hex and
# nested format specs, folded into a checksum of the produced text.
def format_row(i):
    value = i * 1.61803398875
    name = "item" + str(i % 97)
    return (
        f"{i:>8d}|{value:12.4f}|{name:<10}|{i % 256:02x}|{i * 1000003:,}|"
        f"{value / 7:.3e}|{name!r:>12}|{i / 3:.2%}|{-i:+d}"
    )


def nested_width(i):
    width = 4 + i % 9
    precision = i % 5
    return f"[{i / 13:{width}.{precision}f}]"


def main(n):
    checksum = 0
    length = 0
    for i in range(n):
        row = format_row(i)
        extra = nested_width(i)
        length += len(row) + len(extra)
        checksum = (checksum * 33 + ord(row[i % len(row)]) + ord(extra[-2])) % 1000000007
    print(length, checksum)
    print(format_row(n))
    print(nested_width(n))


main(150000)
