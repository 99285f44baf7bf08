#!/usr/bin/env python3
"""wiki2txt.py - turn a saved Confluence page into text I can grep.
No parser, just regexes: usage  python3 wiki2txt.py page.html > page.txt"""
import html
import re
import sys

src = open(sys.argv[1], encoding="utf-8").read()
# keep only the page body
src = src[src.find("<body"):]
src = re.sub(r"<(script|style|head)\b.*?</\1>", "", src, flags=re.S | re.I)
src = re.sub(r"<colgroup>.*?</colgroup>", "", src, flags=re.S)
# table cells -> " | ", rows / blocks -> new line
src = re.sub(r"</t[hd]>", " | ", src)
src = re.sub(r"</(tr|p|h[1-6]|li|div|pre|ul|ol|table)>", "\n", src)
src = re.sub(r"<br\s*/?>|<hr\s*/?>", "\n", src)
src = re.sub(r"<[^>]+>", "", src)
src = html.unescape(src)
out = []
for line in src.split("\n"):
    line = re.sub(r"[ \t]+", " ", line).strip()
    if line:
        out.append(line)
print("\n".join(out))
