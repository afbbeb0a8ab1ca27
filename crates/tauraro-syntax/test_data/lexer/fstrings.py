f"a{b}c" f'{x!r:>{w}}' f"{{}}" f"{x=}" rf"\d{x}" f"""{
x
}""" f"{f'{y}'}" f"{'a' if x else 'b'}" f"{x:{'>'}{10}}" f"{a[1:2]}" f"{d['k']}"
f"{x" f"}" f"{x!r" f"{
