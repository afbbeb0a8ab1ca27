b"abc" "def"
x = "a" b"b"
