# dump a saved confluence page to text: headings, paragraphs, code, tables
import sys
import pandas as pd
from bs4 import BeautifulSoup

soup = BeautifulSoup(open(sys.argv[1], encoding="utf-8"), "lxml")
for el in soup.find_all(["h1", "h2", "h3", "p", "pre", "table"]):
    if el.name == "table":
        print(pd.read_html(str(el))[0].to_string(index=False))
    elif el.name == "pre":
        print(el.get_text())
    else:
        print(el.get_text().strip())
    print()
