#!/bin/sh
# Convert the saved page to MediaWiki markup as a user would
# (Debian 12 libhtml-wikiconverter-perl + libhtml-wikiconverter-mediawiki-perl, default options).
set -e
cd "$(dirname "$0")"
html2wiki --dialect MediaWiki plankCarvelHull.html > plankCarvelHull.mediawiki
