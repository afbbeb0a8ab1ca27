# f-string number formatting across the exact-digit paths: fixed, exponent, percent and
# general presentations at many magnitudes, grouping, zero padding and nested specs.
values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 2.675, 1.005, 9.9995, 99.5, 0.05, 1e-7, 3.2e-5,
          123456.789, 1e15, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 0.1, 1 / 3, -2 / 7,
          float("inf"), float("nan"), 24271.4, 999999.5, 0.9999999]
for v in values:
    print(f"{v:.0f}|{v:.1f}|{v:.4f}|{v:12.4f}|{v:.3e}|{v:.0e}|{v:.10e}|{v:.2%}|{v:.3g}|{v:,.2f}")
    print(f"{v:+.2f}|{v:010.3f}|{v:<12.2e}|{v:^14.5g}|{v:.17g}|{v:.25f}")
for i in [0, 1, -1, 7, 255, 1000003, -123456789, 2**63 - 1, -(2**63), 10**30]:
    print(f"{i:>8d}|{i:,}|{i:_}|{i:02x}|{i:#o}|{i:+d}|{i:012,}|{i:^9}|{i:.2%}|{i:e}")
for i in range(0, 40, 3):
    width = 4 + i % 9
    precision = i % 5
    print(f"[{i / 13:{width}.{precision}f}]", f"{'ab' * (i % 4)!r:>{width}}", f"{i:{'<' if i % 2 else '>'}{width}}")
print(f"{'héllo':*^11}|{'x':é<3}|{12345:é>9,}")
# One constant spec applied to values of different types: errors name the right type.
for v in [5, 2.5, "ab", True, 10**20, -3]:
    for attempt in range(2):
        try:
            print(f"{v:,}", f"{v:x}" if isinstance(v, int) else "-")
        except ValueError as exc:
            print("ValueError:", exc)
        try:
            print(f"{v:d}")
        except ValueError as exc:
            print("ValueError:", exc)
        try:
            print(f"{v:zz}")
        except ValueError as exc:
            print("ValueError:", exc)
for v in [255, -255, 0, 3000000000, -(2**63)]:
    print(f"{v:X}|{v:#X}|{v:08X}|{v:_X}|{v:o}|{v:b}|{v:n}|{v:c}" if 0 <= v < 0x110000 else f"{v:X}|{v:#X}|{v:08X}|{v:_X}|{v:o}|{v:b}|{v:n}")
for x in [1.5, -2.25, 1e300, 1e-300, 123.456, float('inf'), -float('nan'), 0.0, -0.0]:
    print(f"{x:.3e}|{x:E}|{x:.2%}|{x:g}|{x:.12G}|{x:f}|{x:.0f}|{x:#.0f}|{x:z.1f}|{x}|{x:.3}|{x:n}")
