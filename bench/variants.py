#!/usr/bin/env python3
"""Prints resources/spelling/variants.txt: variant forms (异体字) and their standard character, from
Unicode's Unihan (Debian unicode-data): the 8,105 characters of 《通用规范汉字表》 (kTGH) are standard;
a character outside it, not a Traditional form, whose semantic or Z variants name exactly one
standard character is a variant form of that character."""
import bz2
import os

UNIHAN = '/usr/share/unicode/'


def char(u):
    return chr(int(u[2:], 16))


standard = set()
for line in bz2.open(UNIHAN + 'Unihan_OtherMappings.txt.bz2', 'rt', encoding='utf-8'):
    parts = line.rstrip('\n').split('\t')
    if len(parts) == 3 and parts[1] == 'kTGH':
        standard.add(char(parts[0]))

related, traditional = {}, set()
for line in bz2.open(UNIHAN + 'Unihan_Variants.txt.bz2', 'rt', encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    cp, key, value = line.rstrip('\n').split('\t')
    x = char(cp)
    values = [char(v.split('<')[0]) for v in value.split()]
    if key == 'kSimplifiedVariant' and any(v != x for v in values):
        traditional.add(x)
    if key in ('kSemanticVariant', 'kZVariant'):
        related.setdefault(x, []).extend(values)

print("# Variant forms (异体字) and the standard character for each: a character outside 《通用规范汉字表》")
print("# (Unihan kTGH) whose semantic or Z variants in Unihan name exactly one character of it. Generated")
print("# by bench/variants.py from Unicode's Unihan 15.0 (Debian unicode-data); see SOURCES.md.")
for x, vs in sorted(related.items()):
    if x in standard or x in traditional or ord(x) > 0xFFFF:
        continue
    right = [v for v in dict.fromkeys(vs) if v in standard and v != x]
    if len(right) == 1:
        print(f"{x}\t{right[0]}")
