#!/usr/bin/env python3
"""Lists the Swift functions longer than a limit (default 80 lines) and exits 1 if any are.

    Tests/Tools/long_functions.py [--limit N] [--allow FILE] PATH...

A function runs from the line of its `func`, `init`, `deinit` or `subscript` keyword to the
line of the brace that closes its body, both counted. Braces inside string literals (with
their interpolations read as code), raw strings and comments, nested ones included, are not
counted. A declaration without a body (a protocol requirement) is skipped.

`--allow FILE` names functions known to be long, one `path:name` a line (`#` comments): they
are listed but do not fail the check, so `make lint` can hold the line while others shorten
them.
"""

import argparse
import os
import re
import sys

DECLARATION = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*"
    r"(?:(?:public|private|fileprivate|internal|package|open|static|class|final|override"
    r"|mutating|nonmutating|convenience|required|dynamic|nonisolated|consuming|borrowing)"
    r"(?:\([^)]*\))?\s+)*"
    r"(func\s+(?P<func>[^\s(<]+)|(?P<init>init)[?!]?\s*[(<]|(?P<deinit>deinit)\b"
    r"|(?P<subscript>subscript)\s*[(<])"
)


def code_only(text):
    """The text with every character of a string literal or comment replaced by a space,
    newlines kept, so braces and keywords can be found by line."""
    out = []
    # Each context: ("code", open parens) or ("string", hashes, multiline).
    stack = [("code", 0)]
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        top = stack[-1]
        if top[0] == "code":
            if text.startswith("//", i):
                end = text.find("\n", i)
                end = n if end < 0 else end
                out.append(" " * (end - i))
                i = end
                continue
            if text.startswith("/*", i):
                depth = 0
                j = i
                while j < n:
                    if text.startswith("/*", j):
                        depth += 1
                        j += 2
                    elif text.startswith("*/", j):
                        depth -= 1
                        j += 2
                        if depth == 0:
                            break
                    else:
                        j += 1
                out.append(re.sub(r"[^\n]", " ", text[i:j]))
                i = j
                continue
            match = re.match(r'(#*)("""|")', text[i:i + 64])
            if match:
                hashes = len(match.group(1))
                multiline = match.group(2) == '"""'
                stack.append(("string", hashes, multiline))
                out.append(" " * len(match.group(0)))
                i += len(match.group(0))
                continue
            if c == "(":
                stack[-1] = ("code", top[1] + 1)
            elif c == ")":
                if top[1] == 0 and len(stack) > 1:
                    # The end of an interpolation: back into its string.
                    stack.pop()
                    out.append(" ")
                    i += 1
                    continue
                stack[-1] = ("code", max(0, top[1] - 1))
            out.append(c)
            i += 1
            continue
        # Inside a string literal.
        _, hashes, multiline = top
        closing = ('"""' if multiline else '"') + "#" * hashes
        if text.startswith(closing, i):
            stack.pop()
            out.append(" " * len(closing))
            i += len(closing)
            continue
        escape = "\\" + "#" * hashes
        if text.startswith(escape + "(", i):
            stack.append(("code", 0))
            out.append(" " * (len(escape) + 1))
            i += len(escape) + 1
            continue
        if text.startswith(escape, i) and i + len(escape) < n:
            skipped = text[i:i + len(escape) + 1]
            out.append(re.sub(r"[^\n]", " ", skipped))
            i += len(escape) + 1
            continue
        out.append("\n" if c == "\n" else " ")
        i += 1
    return "".join(out)


def functions(path):
    """(name, first line, last line) of each function with a body in the file."""
    with open(path, encoding="utf-8") as handle:
        lines = code_only(handle.read()).split("\n")
    found = []
    for start, line in enumerate(lines):
        match = DECLARATION.match(line)
        if not match:
            continue
        name = match.group("func") or match.group("init") or match.group("deinit") or match.group(
            "subscript")
        end = body_end(lines, start, match.end())
        if end is not None:
            found.append((name, start + 1, end + 1))
    return found


def body_end(lines, start, column):
    """The line of the brace closing the body that follows the signature at (start, column);
    None when the declaration has no body."""
    parens = 0
    depth = 0
    opened = False
    for number in range(start, len(lines)):
        text = lines[number][column:] if number == start else lines[number]
        if number > start and not opened and parens == 0 and DECLARATION.match(lines[number]):
            return None
        for c in text:
            if c in "([":
                parens += 1
            elif c in ")]":
                parens -= 1
            elif c == "{":
                if parens == 0 and not opened:
                    opened = True
                if opened:
                    depth += 1
            elif c == "}":
                if not opened:
                    return None
                depth -= 1
                if depth == 0:
                    return number
    return None


def swift_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, directories, names in os.walk(path):
            directories[:] = sorted(d for d in directories if not d.startswith("."))
            for name in sorted(names):
                if name.endswith(".swift"):
                    yield os.path.join(root, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--allow", help="file of path:name entries that are listed, not failed")
    arguments = parser.parse_args()
    allowed = set()
    if arguments.allow:
        with open(arguments.allow, encoding="utf-8") as handle:
            for line in handle:
                line = line.split("#", 1)[0].strip()
                if line:
                    allowed.add(line)
    failed = False
    for path in swift_files(arguments.paths):
        for name, first, last in functions(path):
            length = last - first + 1
            if length <= arguments.limit:
                continue
            known = f"{path}:{name}" in allowed
            failed = failed or not known
            note = " (known, allowed for now)" if known else ""
            print(f"{path}:{first}: {name} is {length} lines (limit {arguments.limit}){note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
