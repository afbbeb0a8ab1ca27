else:
    pass
elif x:
    pass
except:
    pass
