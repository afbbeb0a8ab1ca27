import re

TEMPLATE = "Hello {{ name }}, you have {{count}} new {{ item }}s. {{ missing }}!"
values = {"name": "Ada", "count": 3, "item": "message"}

def render(template, values):
    def replace(m):
        key = m.group(1)
        return str(values[key]) if key in values else m.group(0)
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", replace, template)

print(render(TEMPLATE, values))
print(re.subn(r"\{\{\s*(\w+)\s*\}\}", r"<\1>", TEMPLATE))
text = "price: $10.50, tax: $0.84, total: $11.34"
amounts = [float(a) for a in re.findall(r"\$(\d+\.\d\d)", text)]
print(amounts, round(sum(amounts[:2]), 2) == amounts[2])
print(re.sub(r"\$(\d+)\.(\d\d)", r"\2 cents and \1 dollars", text, count=1))
words = re.findall(r"[a-z']+", "It's a test, isn't it? A TEST it is!".lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
csv_line = 'a,"b,c",d,"e ""quoted""",'
fields = [m.group(1).replace('""', '"') if m.group(1) is not None else m.group(2)
          for m in re.finditer(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))', csv_line)]
print(fields)
