"""High-level file operations: copying files and removing folder trees."""

import os


def copyfileobj(fsrc, fdst, length=65536):
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def copyfile(src, dst):
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    return copyfile(src, dst)


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes the folder `path` and everything in it."""
    try:
        names = os.listdir(path)
    except OSError as error:
        if ignore_errors:
            return
        if onerror is not None:
            onerror(os.listdir, path, error)
            return
        raise
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                if not ignore_errors:
                    raise
    try:
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise
