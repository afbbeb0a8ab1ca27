import sys

print("before exit")
sys.exit("leaving with a message")
print("never")
