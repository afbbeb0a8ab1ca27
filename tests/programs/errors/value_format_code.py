# Unknown format code for a str.
print(f"{5:d}")
print(f"{'five':d}")
