#!/bin/sh
# Print the saved page to PDF with Debian chromium (headless), then turn the
# PDF into text with pdfminer.six's pdf2txt (Debian python3-pdfminer),
# default layout analysis. The output is kept exactly as written.
set -e
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --print-to-pdf=illuminateFolio.pdf "file://$PWD/illuminateFolio.html"
PDF2TXT=$(command -v pdf2txt || command -v pdf2txt.py)
"$PDF2TXT" illuminateFolio.pdf > illuminateFolio.txt
