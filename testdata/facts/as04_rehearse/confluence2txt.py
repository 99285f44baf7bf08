#!/usr/bin/env python3
# confluence2txt.py - text of a page saved from the server API wiki, to grep and diff.
# usage: ./confluence2txt.py Page.html > page.txt
import sys

import html_text

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        tree = html_text.parse_html(f.read())
    # the page panel: breadcrumbs, title, byline, content, likes, labels
    main = tree.xpath('//div[@id="main"]')
    print(html_text.extract_text(main[0] if main else tree))
