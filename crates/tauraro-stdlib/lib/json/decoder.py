"""The JSON decoder's error class (`json.decoder.JSONDecodeError`)."""


class JSONDecodeError(ValueError):
    """Text that is not valid JSON: `msg`, the document `doc`, the position `pos` and its
    `lineno` and `colno`."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)
