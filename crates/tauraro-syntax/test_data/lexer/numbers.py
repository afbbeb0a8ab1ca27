0 00 0_0 123 1_000 0x1F 0XdeadBEEF 0o17 0O7_7 0b1 0B1_0
1. .5 1.5 1e10 1E-5 1.5e+3 1_0.0_1 1e1_0
1j 1.5J .5j 1e3j 10_0j
1if x else 2
0777 1__2 1_ 0x 1e 1.__class__ 12abc
