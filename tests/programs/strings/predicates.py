# is* predicates.
samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", "\t\n", "Hello World", "hello world", "½", "²", "٣", "ß", "_x", "x1", "1x", "if", "Title Case"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isnumeric(), s.isdecimal(), s.isidentifier(), s.isprintable(), s.isascii())
