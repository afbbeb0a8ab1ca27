"""The objects whose repr is being computed, so that a container holding itself prints
'[...]' or '...' instead of recursing."""

running = set()
