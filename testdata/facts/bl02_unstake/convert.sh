#!/bin/sh
# Converts the saved Confluence page to DokuWiki markup with HTML::WikiConverter's CLI
# (Debian 12: libhtml-wikiconverter-perl 0.68-4, libhtml-wikiconverter-dokuwiki-perl 0.53-2.1).
cd "$(dirname "$0")"
html2wiki --dialect DokuWiki FishWeirs_3519047.html > weir.dokuwiki
