café = 1
名前 = "値"
π = 3.14
Ω_1 = π * 2
s = "héllo wörld ✓"
def naïve(ñ): return ñ
