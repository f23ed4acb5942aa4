#!/usr/bin/env python3
"""Prints resources/spelling/words.txt: the words of two to four Chinese characters that jieba's
dictionary (Debian python3-jieba) counts at least 10 times, one a line, sorted."""
DICT = '/usr/lib/python3/dist-packages/jieba/dict.txt'
words = []
for line in open(DICT, encoding='utf-8'):
    parts = line.split()
    word, count = parts[0], int(parts[1])
    if 2 <= len(word) <= 4 and count >= 10 and all('\u4e00' <= c <= '\u9fff' for c in word):
        words.append(word)
print("# Words of two to four Chinese characters that occur at least 10 times in jieba's dictionary counts,")
print("# one a line; see SOURCES.md.")
for w in sorted(words):
    print(w)
