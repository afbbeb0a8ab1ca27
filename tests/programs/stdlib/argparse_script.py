"""A small command-line program: a todo list driven by subcommands."""
import argparse

TASKS = [
    {"id": 1, "title": "write report", "done": False, "priority": 2},
    {"id": 2, "title": "email team", "done": True, "priority": 1},
    {"id": 3, "title": "plan sprint", "done": False, "priority": 3},
]


def build_parser():
    parser = argparse.ArgumentParser(prog="todo", description="Manage a todo list.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    show = commands.add_parser("list", help="show tasks")
    show.add_argument("--all", action="store_true", help="include finished tasks")
    show.add_argument("--sort", choices=["id", "priority", "title"], default="id")
    add = commands.add_parser("add", help="add a task")
    add.add_argument("title", nargs="+")
    add.add_argument("-p", "--priority", type=int, default=2)
    done = commands.add_parser("done", help="finish tasks")
    done.add_argument("ids", type=int, nargs="+", metavar="ID")
    return parser


def run(argv):
    args = build_parser().parse_args(argv)
    if args.verbose:
        print("args:", args)
    if args.command == "list":
        rows = [t for t in TASKS if args.all or not t["done"]]
        for task in sorted(rows, key=lambda t: t[args.sort]):
            mark = "x" if task["done"] else " "
            print("[%s] %2d %-14s p%d" % (mark, task["id"], task["title"], task["priority"]))
    elif args.command == "add":
        task = {"id": len(TASKS) + 1, "title": " ".join(args.title), "done": False,
                "priority": args.priority}
        TASKS.append(task)
        print("added", task["id"], repr(task["title"]))
    else:
        for task in TASKS:
            if task["id"] in args.ids:
                task["done"] = True
        print("finished", args.ids)


run(["list"])
run(["-vv", "add", "buy", "milk", "-p", "1"])
run(["done", "1", "4"])
run(["list", "--all", "--sort", "priority"])
print(build_parser().format_help())
