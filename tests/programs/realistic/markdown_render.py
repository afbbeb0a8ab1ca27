# A small Markdown-to-HTML converter: headings, lists, emphasis, code spans, links, escaping.

DOC = """# Release notes
Tauraro *0.4* adds **faster** calls & `match` support.

## Changes
- new [bytecode](https://example.com/bc?a=1&b=2) format
- *emphasis* and **strong** mix: ***both***
- code: `a < b && c > d`

1. first
2. second with `code`
3. third

> quoted text
> continues here

Plain paragraph
spanning two lines.
---
"""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def inline(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "`":
            end = text.index("`", i + 1)
            out.append(f"<code>{escape(text[i + 1:end])}</code>")
            i = end + 1
        elif text.startswith("***", i):
            end = text.index("***", i + 3)
            out.append(f"<strong><em>{inline(text[i + 3:end])}</em></strong>")
            i = end + 3
        elif text.startswith("**", i):
            end = text.index("**", i + 2)
            out.append(f"<strong>{inline(text[i + 2:end])}</strong>")
            i = end + 2
        elif text[i] == "*":
            end = text.index("*", i + 1)
            out.append(f"<em>{inline(text[i + 1:end])}</em>")
            i = end + 1
        elif text[i] == "[":
            close = text.index("]", i)
            paren = text.index(")", close)
            label, url = text[i + 1:close], text[close + 2:paren]
            out.append(f'<a href="{escape(url)}">{inline(label)}</a>')
            i = paren + 1
        else:
            out.append(escape(text[i]))
            i += 1
    return "".join(out)


def blocks(lines):
    kind, buf = None, []
    for line in lines:
        if line.startswith("#"):
            new = "heading"
        elif line.startswith("- "):
            new = "ul"
        elif line[:1].isdigit() and ". " in line[:4]:
            new = "ol"
        elif line.startswith("> "):
            new = "quote"
        elif line.strip() == "---":
            new = "hr"
        elif not line.strip():
            new = None
        else:
            new = "p"
        if new != kind or new in ("heading", "hr"):
            if kind:
                yield kind, buf
            kind, buf = new, []
        if new:
            buf.append(line)
    if kind:
        yield kind, buf


def render(doc):
    html = []
    for kind, lines in blocks(doc.splitlines()):
        match kind:
            case "heading":
                level = len(lines[0]) - len(lines[0].lstrip("#"))
                html.append(f"<h{level}>{inline(lines[0][level:].strip())}</h{level}>")
            case "ul" | "ol":
                items = [inline(l.split(" ", 1)[1]) for l in lines]
                html.append(f"<{kind}>" + "".join(f"<li>{it}</li>" for it in items) + f"</{kind}>")
            case "quote":
                html.append("<blockquote>" + " ".join(inline(l[2:]) for l in lines) + "</blockquote>")
            case "hr":
                html.append("<hr/>")
            case "p":
                html.append("<p>" + inline(" ".join(l.strip() for l in lines)) + "</p>")
    return "\n".join(html)


def main():
    out = render(DOC)
    print(out)
    print(len(out), out.count("<li>"), out.count("&amp;"))
    tags = {}
    i = 0
    while (i := out.find("<", i)) != -1:
        end = out.index(">", i)
        tag = out[i + 1:end].split()[0].strip("/")
        tags[tag] = tags.get(tag, 0) + 1
        i = end
    print(sorted(tags.items()))
    try:
        inline("unclosed *emphasis")
    except ValueError as e:
        print("ValueError:", e)


main()
