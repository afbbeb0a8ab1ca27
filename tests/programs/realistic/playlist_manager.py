# A playlist manager exercising list mutation: slice assignment, extended slices, insert,
# rotation, shuffling with a seeded RNG, undo stack, and recursive containers.

import random


class Track:
    def __init__(self, title, seconds):
        self.title = title
        self.seconds = seconds

    def __repr__(self):
        return f"{self.title}({self.seconds // 60}:{self.seconds % 60:02d})"

    def __str__(self):
        return self.title


class Playlist:
    def __init__(self, name, tracks=()):
        self.name = name
        self.tracks = list(tracks)
        self.undo_stack = []

    def _save(self):
        self.undo_stack.append(self.tracks[:])

    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        self.tracks[:] = self.undo_stack.pop()

    def insert(self, index, *tracks):
        self._save()
        self.tracks[index:index] = tracks

    def remove_every(self, step, start=0):
        self._save()
        removed = self.tracks[start::step]
        del self.tracks[start::step]
        return removed

    def replace_range(self, start, stop, new):
        self._save()
        self.tracks[start:stop] = new

    def rotate(self, k):
        self._save()
        k %= len(self.tracks) or 1
        self.tracks = self.tracks[-k:] + self.tracks[:-k]

    def shuffle(self, seed):
        self._save()
        random.seed(seed)
        random.shuffle(self.tracks)

    def duration(self):
        total = sum(t.seconds for t in self.tracks)
        h, rest = divmod(total, 3600)
        m, s = divmod(rest, 60)
        return f"{h}:{m:02d}:{s:02d}"

    def __str__(self):
        return f"{self.name} [{self.duration()}]: " + ", ".join(map(str, self.tracks))


def main():
    songs = [Track(f"song{i}", 150 + (i * 37) % 120) for i in range(10)]
    pl = Playlist("mix", songs[:6])
    print(pl)
    print(repr(pl.tracks))
    pl.insert(2, songs[8], songs[9])
    pl.insert(-1, Track("interlude", 45))
    print(pl)
    print("removed", pl.remove_every(3, 1))
    print(pl)
    pl.replace_range(1, 3, [Track("medley", 600)])
    print(pl)
    pl.rotate(2)
    print(pl)
    pl.shuffle(7)
    print(pl)
    for _ in range(3):
        pl.undo()
        print("undo ->", pl)
    first, *middle, last = pl.tracks
    print(first, len(middle), last)
    for i, (a, b) in enumerate(zip(pl.tracks, pl.tracks[1:]), start=1):
        if a.seconds > b.seconds:
            print(f"  drop at {i}: {a!r} > {b!r}")
    nums = list(range(12))
    nums[::3] = ["x"] * 4
    nums[1:3] = []
    nums *= 2
    print(nums, nums.count("x"), nums.index(4), nums.index("x", 3))
    try:
        nums[::2] = [1, 2]
    except ValueError as e:
        print("ValueError:", e)
    nested = [1, 2]
    nested.append(nested)
    print(nested, len(nested), nested[2][2][0])
    d = {"a": 1}
    d["self"] = d
    print(d)
    empty = Playlist("empty")
    try:
        empty.undo()
    except IndexError as e:
        print("IndexError:", e)
    print(sorted(songs, key=lambda t: (t.seconds, t.title))[:3], min(songs, key=lambda t: t.seconds).title)


main()
