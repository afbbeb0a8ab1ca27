# Too many arguments for % formatting.
print("%s" % ("one",))
print("%s" % ("one", "two"))
