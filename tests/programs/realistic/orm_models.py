# A miniature ORM: __init_subclass__ collects field declarations, models validate and serialize rows.

class Field:
    counter = 0

    def __init__(self, kind, required=True, default=None):
        self.kind = kind
        self.required = required
        self.default = default
        Field.counter += 1
        self.order = Field.counter

    def validate(self, name, value):
        if value is None:
            if self.required:
                raise ValueError(f"{name} is required")
            return self.default
        if not isinstance(value, self.kind):
            raise TypeError(f"{name} expects {self.kind.__name__}")
        return value


REGISTRY = {}


class Model:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        fields = {}
        for base in cls.__bases__:
            fields.update(getattr(base, "_fields", {}))
        own = sorted(((k, v) for k, v in vars(cls).items() if isinstance(v, Field)), key=lambda kv: kv[1].order)
        for key, field in own:
            fields[key] = field
            delattr(cls, key)
        cls._fields = fields
        REGISTRY[cls.__name__.lower()] = cls

    @classmethod
    def describe(cls):
        return f"<model {cls.__name__} fields={list(cls._fields)}>"

    def __init__(self, **values):
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields {sorted(unknown)}")
        for name, field in self._fields.items():
            setattr(self, name, field.validate(name, values.get(name)))

    def to_row(self):
        return tuple(getattr(self, name) for name in self._fields)

    def __repr__(self):
        body = " ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({body})"


class User(Model):
    name = Field(str)
    age = Field(int, required=False, default=0)
    email = Field(str, required=False)


class Admin(User):
    level = Field(int, default=1, required=False)

    def promote(self):
        self.level += 1
        return self


class Table:
    def __init__(self, model):
        self.model = model
        self.rows = []

    def insert(self, **values):
        obj = self.model(**values)
        self.rows.append(obj.to_row())
        return obj

    def select(self, where=None, order_by=None):
        names = list(self.model._fields)
        records = [dict(zip(names, row)) for row in self.rows]
        if where:
            records = [r for r in records if where(r)]
        if order_by:
            records.sort(key=lambda r: r[order_by])
        return records


def main():
    print(User.describe(), Admin.describe(), len(Admin._fields), type(User).__name__)
    print(sorted(REGISTRY), issubclass(Admin, User), "name" in User.__dict__)
    users = Table(User)
    for values in [dict(name="ada", age=36), dict(name="bob"), dict(name="cy", age=29, email="c@x"),
                   dict(age=5), dict(name=7), dict(name="z", nick="q")]:
        try:
            print("inserted", users.insert(**values))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(users.rows)
    print(users.select(where=lambda r: r["age"] > 0, order_by="age"))
    admin = Admin(name="root", age=99).promote().promote()
    print(admin, admin.to_row(), type(admin).__mro__[1].__name__)
    print([f.order for f in Admin._fields.values()], Field.counter)


main()
