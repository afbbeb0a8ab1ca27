"double"
'single'
"""triple
double"""
'''triple
single'''
r"raw\n"
b"bytes"
rb"raw bytes"
BR'raw bytes'
u"unicode"
"implicit" 'concat' """enation"""
b"a" b"b"
"escapes \n \t \\ \" \x41 \u00e9"
"line \
continued"
'it''s'
x = ("multi"
     "line")
