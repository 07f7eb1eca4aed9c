#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check a Sitrep places file (the 11-column format of docs/knowledge.md, "Places").

Usage:
    scripts/check-places.py [FILE ...] [--geonames DIR] [--names]

With no FILE, checks the bundled sitrep-core/src/main/resources/org/sitrep/resolve/places.tsv.
Errors (wrong column count, bad coordinates, duplicate ids, unknown kinds, malformed ids, codes or
populations, empty list items, stray whitespace) are printed as FILE:LINE: message and make the exit
status 1. Warnings (a demonym claimed by two places) do not.

--geonames DIR  also checks ids against GeoNames' countryInfo.tsv, regionInfo.tsv and cities15000.txt
                in DIR (e.g. ../shared/eval/gazetteer): every geonames: id must be a country, an admin1
                region or a city there, and every country of countryInfo must have a row.
--names         lists names and aliases shared by several rows (ambiguity to be aware of, not an error).
"""
import argparse
import pathlib
import re
import sys
import unicodedata
from collections import defaultdict

COLUMNS = ["id", "name", "aliases", "lat", "lon", "country", "kind", "feature code", "admin1",
           "population", "demonyms"]
KINDS = {"country", "admin1", "admin2", "city", "district", "site", "region", "continent", "water",
         "feature"}
ID = re.compile(r"^(geonames:[1-9][0-9]*|sitrep:[a-z0-9]+(-[a-z0-9]+)*)$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
DEFAULT = pathlib.Path(__file__).resolve().parent.parent / \
    "sitrep-core/src/main/resources/org/sitrep/resolve/places.tsv"


def normalise(name):
    """Case- and accent-folded form used to compare names."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[\s\-.'’‘]+", " ", s).strip()


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, message):
        self.errors += 1
        print(f"{where}: {message}")

    def warn(self, where, message):
        self.warnings += 1
        print(f"{where}: warning: {message}")


def check_file(path, report, rows, ids):
    """Checks one file; appends (where, fields) of its well-formed rows to rows, (where, id) of every row to ids."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        report.error(path, f"not UTF-8 ({e})")
        return
    except OSError as e:
        report.error(path, f"cannot read ({e.strerror})")
        return
    for number, line in enumerate(text.split("\n"), start=1):
        where = f"{path}:{number}"
        if line.endswith("\r"):
            report.error(where, "carriage return at end of line")
            line = line[:-1]
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(COLUMNS):
            report.error(where, f"expected {len(COLUMNS)} tab-separated columns, found {len(fields)}")
            continue
        ids.append((where, fields[0]))
        ok = True
        for column, value in zip(COLUMNS, fields):
            if value != value.strip():
                report.error(where, f"{column} '{value}' has leading or trailing whitespace")
                ok = False
        ident, name, aliases, lat, lon, country, kind, code, admin1, population, demonyms = fields
        for column, value in (("id", ident), ("name", name), ("lat", lat), ("lon", lon), ("kind", kind)):
            if not value:
                report.error(where, f"{column} is empty")
                ok = False
        if ident and not ID.match(ident):
            report.error(where, f"id '{ident}' is neither geonames:<number> nor sitrep:<slug>")
            ok = False
        for column, value, limit in (("lat", lat, 90), ("lon", lon, 180)):
            if value and not NUMBER.match(value):
                report.error(where, f"{column} '{value}' is not a decimal number")
                ok = False
            elif value and abs(float(value)) > limit:
                report.error(where, f"{column} {value} is outside -{limit}..{limit}")
                ok = False
        if country and not COUNTRY.match(country):
            report.error(where, f"country '{country}' is not an ISO 3166 alpha-2 code")
            ok = False
        if kind and kind not in KINDS:
            report.error(where, f"kind '{kind}' is not one of {', '.join(sorted(KINDS))}")
            ok = False
        if code and not CODE.match(code):
            report.error(where, f"feature code '{code}' is not a GeoNames-style code")
            ok = False
        if population and not population.isdigit():
            report.error(where, f"population '{population}' is not a non-negative integer")
            ok = False
        for column, value in (("aliases", aliases), ("demonyms", demonyms)):
            if value and any(not item.strip() or item != item.strip() for item in value.split("|")):
                report.error(where, f"{column} '{value}' has an empty or padded item")
                ok = False
        if ok:
            rows.append((where, fields))


def check_ids(ids, report):
    first = {}
    for where, ident in ids:
        if ident in first:
            report.error(where, f"duplicate id {ident} (first at {first[ident]})")
        else:
            first[ident] = where


def check_rows(rows, report, show_names):
    demonyms = defaultdict(list)
    names = defaultdict(set)
    for where, f in rows:
        for d in filter(None, f[10].split("|")):
            demonyms[normalise(d)].append((where, f[0]))
        for n in [f[1]] + list(filter(None, f[2].split("|"))):
            names[normalise(n)].add(f[0])
    for d, owners in sorted(demonyms.items()):
        ids = sorted({i for _, i in owners})
        if len(ids) > 1:
            report.warn(owners[-1][0], f"demonym '{d}' belongs to several places: {', '.join(ids)}")
    if show_names:
        for n, ids in sorted(names.items()):
            if len(ids) > 1:
                print(f"name '{n}': {', '.join(sorted(ids))}")


def check_geonames(directory, rows, report):
    def read(name):
        with open(directory / name, encoding="utf-8") as f:
            return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    countries = {r[16]: r[0] for r in read("countryInfo.tsv")}
    regions = {r[3]: r[0] for r in read("regionInfo.tsv")}
    cities = {r[0]: r[8] for r in read("cities15000.txt")}
    covered = set()
    for where, f in rows:
        if not f[0].startswith("geonames:"):
            continue
        gid = f[0].split(":", 1)[1]
        if gid in countries:
            covered.add(gid)
            if f[5] != countries[gid]:
                report.error(where, f"{f[0]} is country {countries[gid]} in countryInfo, row says '{f[5]}'")
        elif gid in regions:
            if f[5] != regions[gid].split(".")[0]:
                report.error(where, f"{f[0]} is region {regions[gid]}, row says country '{f[5]}'")
        elif gid in cities:
            if f[5] != cities[gid]:
                report.error(where, f"{f[0]} is a city of {cities[gid]}, row says country '{f[5]}'")
        else:
            report.error(where, f"{f[0]} is not a country, admin1 region or city of {directory}")
    for gid, iso in sorted(countries.items(), key=lambda e: e[1]):
        if gid not in covered:
            report.error(directory / "countryInfo.tsv", f"country {iso} (geonames:{gid}) has no row")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=pathlib.Path)
    parser.add_argument("--geonames", type=pathlib.Path, metavar="DIR")
    parser.add_argument("--names", action="store_true")
    args = parser.parse_args(argv)
    report = Report()
    rows = []
    ids = []
    files = args.files or [DEFAULT]
    for path in files:
        check_file(path, report, rows, ids)
    check_ids(ids, report)
    check_rows(rows, report, args.names)
    if args.geonames:
        check_geonames(args.geonames, rows, report)
    kinds = defaultdict(int)
    for _, f in rows:
        kinds[f[6]] += 1
    summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    print(f"{len(rows)} rows ({summary}); {report.errors} errors, {report.warnings} warnings")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
