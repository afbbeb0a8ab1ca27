match 1:
    case 1:
        pass
    case _ if True:
        pass
    case (_):
        pass
    case 2:
        pass
