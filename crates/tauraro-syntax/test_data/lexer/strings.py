'a' "b" '''c''' """d""" r'\'' b'x' Rb"y" bR'z' u'w' rb'''q'''
'esc\'aped' "new\
line"
'unterminated
"""also
unterminated
