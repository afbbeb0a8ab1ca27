"""textwrap in a small report: formatting paragraphs into a bordered box."""
import textwrap

notes = [
    "Deploy the new build on Monday after the morning stand-up meeting.",
    "Remember: database migrations must run before the application servers restart, "
    "otherwise the health checks fail and the load balancer drains every node.",
    "OK",
]
width = 36
print("+" + "-" * (width + 2) + "+")
for number, note in enumerate(notes, 1):
    lines = textwrap.wrap(note, width - 4)
    for index, line in enumerate(lines):
        label = "%2d. " % number if index == 0 else "    "
        print("| " + (label + line).ljust(width) + " |")
print("+" + "-" * (width + 2) + "+")
print(textwrap.fill(" ".join(notes), 50, initial_indent="Summary: ", subsequent_indent=" " * 9))
print(textwrap.fill("It rained. We stayed in! Did you? \"Yes.\" Then tea.", 24, fix_sentence_endings=True))
