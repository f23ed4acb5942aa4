#!/usr/bin/env python3
"""Writes resources/spelling/open-gram/: SunPinyin's open-gram word trigram model (Debian
sunpinyin-data), the model file gzipped unchanged, and its lexicon's words as text, the word of id i
on line i + 1 (the pinyin trie itself is left out)."""
import gzip
import shutil
import struct
import sys

DATA = '/usr/lib/x86_64-linux-gnu/sunpinyin/data/'
out = sys.argv[1] if len(sys.argv) > 1 else '.'

raw = open(DATA + 'pydict_sc.bin', 'rb').read()
count, _nodes, offset = struct.unpack_from('<III', raw, 0)
words = []
p = offset
for _ in range(count):
    e = p
    while raw[e:e + 4] != b'\0\0\0\0':
        e += 4
    words.append(raw[p:e].decode('utf-32-le'))
    p = e + 4
assert p == len(raw), 'lexicon not read to its end'
with gzip.GzipFile(out + '/words.txt.gz', 'wb', mtime=0) as f:
    f.write(''.join(w + '\n' for w in words).encode('utf-8'))
with open(DATA + 'lm_sc.t3g', 'rb') as src, gzip.GzipFile(out + '/lm_sc.t3g.gz', 'wb', compresslevel=9, mtime=0) as f:
    shutil.copyfileobj(src, f)
