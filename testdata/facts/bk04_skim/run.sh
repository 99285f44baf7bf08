#!/bin/sh
# Converts the saved Confluence page to TikiWiki markup with the CLI of
# Perl's HTML::WikiConverter (Debian libhtml-wikiconverter-perl 0.68-4,
# libhtml-wikiconverter-tikiwiki-perl 0.50-2), default options.
set -e
cd "$(dirname "$0")"
html2wiki --dialect TikiWiki SaltWorks_3495126.html > saltern.tiki
