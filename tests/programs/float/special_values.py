# inf, nan and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-nan"), float("NaN"))
print(inf + 1, inf * -2, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
z = -0.0
print(z, -z, 0.0 == -0.0, z + 0.0, z - 0.0, z * 1, abs(z), -0.0 * -1)
print(repr(-0.0), str(-0.0), f"{-0.0}", f"{-0.0:.2f}", round(-0.4), round(-0.4, 1))
print(max(inf, 1), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(int(1e300) > 0, float("1e500"), float("-1e500"), float(" 1.5 "), float("+2"))
print(isinstance(nan, float), nan is nan, [nan] == [nan])
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0), hash(1.5), hash(-1.0))
