#!/usr/bin/env python3
# conf2txt.py - dump a Confluence page (REST JSON, expand=body.storage) as plain text
# usage: python3 conf2txt.py page.json > page.txt
import json, sys
from xml.dom import minidom

WRAP = ('<root xmlns:ac="http://atlassian.com/content" '
        'xmlns:ri="http://atlassian.com/resource/identifier">%s</root>')

def text(node):
    # all text under a node
    if node.nodeType in (node.TEXT_NODE, node.CDATA_SECTION_NODE):
        return node.data
    return ''.join(text(c) for c in node.childNodes)

def table(t, out):
    for tr in t.getElementsByTagName('tr'):
        cells = [c for c in tr.childNodes if c.nodeName in ('th', 'td')]
        out.append(' | '.join(text(c).strip() for c in cells))

def walk(node, out):
    for n in node.childNodes:
        name = n.nodeName
        if name in ('h1', 'h2', 'h3', 'h4'):
            out.append('')
            out.append('#' * int(name[1]) + ' ' + text(n).strip())
        elif name == 'p':
            out.append(text(n).strip())
        elif name == 'table':
            table(n, out)
        elif name in ('ul', 'ol'):
            for li in n.getElementsByTagName('li'):
                out.append('- ' + text(li).strip())
        elif name == 'ac:structured-macro':
            kind = n.getAttribute('ac:name')
            if kind == 'code':
                for b in n.getElementsByTagName('ac:plain-text-body'):
                    out.append(text(b))
            elif kind in ('info', 'note', 'warning', 'tip'):
                out.append('[%s]' % kind.upper())
                for b in n.getElementsByTagName('ac:rich-text-body'):
                    walk(b, out)
            # toc etc: skip
        elif n.nodeType == n.ELEMENT_NODE:
            walk(n, out)

page = json.load(open(sys.argv[1], encoding='utf-8'))
xml = page['body']['storage']['value'].replace('&nbsp;', '&#160;')
doc = minidom.parseString((WRAP % xml).encode('utf-8'))
out = [page['title']]
walk(doc.documentElement, out)
sys.stdout.write('\n'.join(out) + '\n')
