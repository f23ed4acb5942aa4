#!/usr/bin/env python3
"""Prints resources/tagging/idf.txt: the inverse document frequency jieba's keyword extractor ships
(Debian python3-jieba, jieba/analyse/idf.txt) for its words of two to four Chinese characters, one
"word<TAB>idf" a line (two decimals), sorted; the median of the whole table on the first line."""
import statistics
IDF = '/usr/lib/python3/dist-packages/jieba/analyse/idf.txt'
table = {}
for line in open(IDF, encoding='utf-8'):
    word, value = line.rsplit(' ', 1)
    table[word] = float(value)
print("# Inverse document frequencies of words of two to four Chinese characters, from jieba's")
print("# keyword extractor (idf.txt); see SOURCES.md. The first line after these is the median of the whole table.")
print("median\t%.2f" % statistics.median(table.values()))
for word in sorted(table):
    if 2 <= len(word) <= 4 and all('\u4e00' <= c <= '\u9fff' for c in word):
        print("%s\t%.2f" % (word, table[word]))
