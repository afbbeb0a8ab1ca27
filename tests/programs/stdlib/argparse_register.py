"""argparse.register: custom action and type names, shared with argument groups."""
import argparse
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
p = argparse.ArgumentParser(prog="r")
p.register("action", "upper", Upper)
p.register("type", "hexint", lambda s: int(s, 16))
p.add_argument("--name", action="upper")
g = p.add_argument_group("g")
g.add_argument("--num", type="hexint")
print(p.parse_args(["--name", "ab", "--num", "ff"]))
print(p._registry_get("action", "store_true"))
