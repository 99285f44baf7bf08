#!/bin/sh
# page2txt.sh - dump a docs page (saved .html) as plain text:
# headings and paragraphs one per line, code blocks as is,
# table rows as "| cell | cell |".
# usage: ./page2txt.sh page.html > page.txt
xmlstarlet fo --html --recover "$1" 2>/dev/null \
| xmlstarlet sel -T -t \
    -m '//h1|//h2|//h3|//p|//pre|//tr' \
      --if 'self::tr' \
        -o '|' -m 'th|td' -o ' ' -v 'normalize-space()' -o ' |' -b \
      --elif 'self::pre' -v '.' \
      --else -v 'normalize-space()' \
      -b -n
