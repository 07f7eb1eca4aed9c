#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates actor knowledge files in the format of docs/knowledge.md ("Actors").

Usage: python3 scripts/check-actors.py [--strict] [FILE ...]

Without FILE it checks the bundled sitrep-core/src/main/resources/org/sitrep/resolve/actors.tsv.
Errors (the exit status is 1 when there is one) name the file and line:
  - a row without 7 or 9 tab-separated columns, an empty id, type or name;
  - an unknown type, an id whose prefix does not fit the type (person: for PERSON, country: for COUNTRY,
    org: for every other type), a duplicate id;
  - a code or country that is not upper-case letters (country: three of them);
  - a role or dated code that is not `text@from..to`, a date that is not ISO yyyy-mm-dd, from after to;
  - a link that is not `member-of|leader-of|part-of:<id>`, or whose target neither is in the checked files
    nor looks like an id;
  - a name or alias that normalises (as the Java loader does) to another row's name or alias: the loader keeps
    only the first, so the second row could never be found by it;
  - an alias that is a lone surname: one name token equal to the last token of a person's name. The resolver
    matches surnames itself; a surname alias would send every "Brown" to one Brown.
Warnings (errors with --strict): a person id that is not the slug of the name, an alias equal to the row's own
name, two persons whose names are close misspellings of each other (the resolver's spelling match then finds
neither), a one-token person alias (listed so that a reviewer sees each nickname).
"""
import os
import re
import sys
import unicodedata
from datetime import date

TYPES = {"PERSON", "COUNTRY", "GOVERNMENT", "MILITARY", "POLICE", "REBEL", "MILITIA", "PARTY", "IGO", "NGO",
         "MEDIA", "BUSINESS", "ORGANIZATION", "GROUP"}
RELATIONS = {"member-of", "leader-of", "part-of"}
ID = re.compile(r"^(person|org|country):[A-Za-z0-9][A-Za-z0-9-]*$")
CODE = re.compile(r"^[A-Z]{3,}$")
COUNTRY = re.compile(r"^[A-Z]{3}$")
ARTICLE = re.compile(r"^(al|el|ad|ash|as|at|az|an|ar)-")
DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sitrep-core", "src", "main", "resources",
                       "org", "sitrep", "resolve", "actors.tsv")


def normalise(name):
    """As org.sitrep.resolve.Names.normalise: no accents, no possessive, no apostrophes, lower case, no leading 'the'."""
    s = unicodedata.normalize("NFD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"['\u2019]s$", "", s)
    s = re.sub(r"['\u2019`]", "", s).lower().strip()
    if s.startswith("the "):
        s = s[4:]
    return re.sub(r"\s+", " ", s)


def tokens(name):
    """As Names.tokens: name tokens with Arabic article prefixes dropped ("al-Sudani" -> "sudani")."""
    out = []
    for t in re.split(r"[\s.]+", normalise(name)):
        u = ARTICLE.sub("", t, count=1)
        if u:
            out.append(u)
    return out


def slug(name):
    return re.sub(r"^-|-$", "", re.sub(r"[^a-z0-9]+", "-", normalise(name)))


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[-1]


def close_full_names(a, b):
    """As Names.closeFullNames: same token count and last name, other tokens within one edit (two when long)."""
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    edits = 0
    for x, y in zip(a[:-1], b[:-1]):
        allowed = 2 if min(len(x), len(y)) >= 8 else 1
        if min(len(x), len(y)) < 4 and x != y:
            return False
        d = distance(x, y)
        if d > allowed:
            return False
        edits += d
    return edits > 0


def parse_date(text):
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        return None


class Checker:
    def __init__(self, strict):
        self.strict = strict
        self.errors = 0
        self.warnings = 0
        self.rows = []  # (where, cells)

    def error(self, where, message):
        self.errors += 1
        print(f"{where}: error: {message}")

    def warn(self, where, message):
        if self.strict:
            self.error(where, message)
        else:
            self.warnings += 1
            print(f"{where}: warning: {message}")

    def read(self, path):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line.strip() or line.startswith("#"):
                    continue
                where = f"{path}:{number}"
                cells = line.split("\t")
                if len(cells) not in (7, 9):
                    self.error(where, f"{len(cells)} columns, expected 7 or 9")
                    continue
                self.rows.append((where, cells + [""] * (9 - len(cells))))

    def ranged(self, where, column, value, head_ok):
        """Checks 'head@from..to;...' lists; head_ok tells whether the part before '@' is acceptable."""
        if not value:
            return
        for part in value.split(";"):
            if part.count("@") != 1:
                self.error(where, f"{column} '{part}' is not text@from..to")
                continue
            head, span = part.split("@")
            if not head_ok(head):
                self.error(where, f"{column} '{part}': bad '{head}'")
            if span.count("..") != 1:
                self.error(where, f"{column} '{part}': '{span}' is not from..to")
                continue
            start, end = span.split("..")
            d1 = parse_date(start) if start else date.min
            d2 = parse_date(end) if end else date.max
            if d1 is None or d2 is None:
                self.error(where, f"{column} '{part}': a date is not ISO yyyy-mm-dd")
            elif d1 > d2:
                self.error(where, f"{column} '{part}': from is after to")

    def check(self):
        ids = {}
        for where, c in self.rows:
            ident, kind, name = c[0], c[1], c[2]
            if any(cell != cell.strip() for cell in c):
                self.error(where, "a cell has leading or trailing spaces")
            if not ident or not kind or not name:
                self.error(where, "id, type and name are required")
                continue
            if ident in ids:
                self.error(where, f"duplicate id {ident} (first at {ids[ident]})")
            ids.setdefault(ident, where)
            if kind not in TYPES:
                self.error(where, f"unknown type {kind}")
            if not ID.match(ident):
                self.error(where, f"id {ident} is not person:, org: or country: followed by a slug")
            prefix = ident.split(":", 1)[0]
            wanted = "person" if kind == "PERSON" else "country" if kind == "COUNTRY" else "org"
            if kind in TYPES and kind != "GROUP" and prefix != wanted:
                self.error(where, f"id {ident} should start with {wanted}: for type {kind}")
            if kind == "PERSON" and ident != "person:" + slug(name):
                self.warn(where, f"id {ident} is not the slug of '{name}' (person:{slug(name)})")
            if c[4] and not CODE.match(c[4]):
                self.error(where, f"code '{c[4]}' is not upper-case letters")
            if c[5] and not COUNTRY.match(c[5]):
                self.error(where, f"country '{c[5]}' is not ISO alpha-3")
            if kind == "COUNTRY" and ident != "country:" + c[5]:
                self.error(where, f"country id {ident} does not match its country column '{c[5]}'")
            self.ranged(where, "role", c[6], lambda h: bool(h.strip()) and "|" not in h)
            self.ranged(where, "dated code", c[7], lambda h: bool(CODE.match(h)))
        for where, c in self.rows:
            for link in filter(None, c[8].split(";")):
                relation, _, target = link.partition(":")
                if relation not in RELATIONS:
                    self.error(where, f"link '{link}': relation must be one of {sorted(RELATIONS)}")
                elif target not in ids and not ID.match(target):
                    self.error(where, f"link '{link}': target is neither in the file nor an id")
                elif target == c[0]:
                    self.error(where, f"link '{link}' points at its own row")
        self.names()

    def names(self):
        surnames = {}  # last name token -> person ids
        for _, c in self.rows:
            if c[1] == "PERSON":
                toks = tokens(c[2])
                if toks:
                    surnames.setdefault(toks[-1], []).append(c[0])
        persons = [(where, c[0], tokens(c[2])) for where, c in self.rows if c[1] == "PERSON"]
        for i, (where, ident, toks) in enumerate(persons):
            for _, other, other_toks in persons[i + 1:]:
                if close_full_names(toks, other_toks):
                    self.warn(where, f"{ident} and {other} are close spellings of each other")
        seen = {}  # normalised name or alias -> (id, where)
        for where, c in self.rows:
            own = normalise(c[2])
            forms = [c[2]] + [a for a in c[3].split("|") if a] if c[3] else [c[2]]
            local = set()
            for i, form in enumerate(forms):
                key = normalise(form)
                if not key:
                    self.error(where, f"empty alias in '{c[3]}'")
                    continue
                if i > 0 and form.strip() != form:
                    self.error(where, f"alias '{form}' has spaces around it")
                if i > 0 and key == own:
                    self.warn(where, f"alias '{form}' is the name itself")
                    continue
                if key in local:
                    self.warn(where, f"alias '{form}' repeats another alias of the row")
                    continue
                local.add(key)
                other = seen.get(key)
                if other and other[0] != c[0]:
                    self.error(where, f"'{form}' is also a name or alias of {other[0]} ({other[1]}); the loader keeps the first")
                seen.setdefault(key, (c[0], where))
                if i == 0:
                    continue
                toks = tokens(form)
                if len(toks) == 1:
                    holders = surnames.get(toks[0], [])
                    if holders:
                        self.error(where, f"alias '{form}' is a lone surname (of {', '.join(holders)}); the resolver matches surnames")
                    elif c[1] == "PERSON":
                        self.warn(where, f"one-token person alias '{form}' (a nickname, not a surname?)")


def main(argv):
    strict = "--strict" in argv
    paths = [a for a in argv if a != "--strict"] or [os.path.normpath(DEFAULT)]
    checker = Checker(strict)
    for path in paths:
        try:
            checker.read(path)
        except OSError as e:
            checker.error(path, str(e))
    checker.check()
    kinds = {}
    for _, c in checker.rows:
        kinds[c[1]] = kinds.get(c[1], 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    print(f"{len(checker.rows)} rows ({summary}); {checker.errors} errors, {checker.warnings} warnings")
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
