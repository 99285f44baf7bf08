#!/bin/sh
# make.sh writes the sweep: every HTML page of the fact corpus
# (testdata/facts/*/ cases whose pages are all .html or .htm) converted by
# each tool a user may have, as testdata/sweep/<tool>/<case>/<page>, the
# page's name with the tool's extension in place of its own. The outputs
# are committed: parser/sweep_test.go reads them, and never runs a tool.
#
# Run from the repository's root, after installing the tools:
#   sh testdata/sweep/make.sh            every tool
#   sh testdata/sweep/make.sh TOOL...    those tools (their folders are written anew)
#
# The tools, each with its version and command line (the page on stdin,
# the conversion on stdout):
#   pandoc 2.17.1.1 (Debian's pandoc package)
#     pandoc-rst            pandoc -f html -t rst
#     pandoc-asciidoc       pandoc -f html -t asciidoc
#     pandoc-org            pandoc -f html -t org
#     pandoc-mediawiki      pandoc -f html -t mediawiki
#     pandoc-plain          pandoc -f html -t plain
#     pandoc-markdown       pandoc -f html -t markdown_strict
#     pandoc-commonmark     pandoc -f html -t commonmark
#     pandoc-dokuwiki       pandoc -f html -t dokuwiki
#     pandoc-textile        pandoc -f html -t textile
#     pandoc-jira           pandoc -f html -t jira
#     pandoc-zimwiki        pandoc -f html -t zimwiki
#     pandoc-xwiki          pandoc -f html -t xwiki
#     pandoc-muse           pandoc -f html -t muse
#     pandoc-docbook4       pandoc -f html -t docbook4 -s
#     pandoc-docbook5       pandoc -f html -t docbook5
#                           (a fragment: the document's body, without its root and <info>)
#     pandoc-jats           pandoc -f html -t jats -s
#     pandoc-tei            pandoc -f html -t tei -s
#     pandoc-icml           pandoc -f html -t icml -s
#     pandoc-opendocument   pandoc -f html -t opendocument
#                           (the body's ODF elements, no office:document-content)
#     pandoc-native         pandoc -f html -t native
#                           (the document's AST in Haskell's show syntax)
#     pandoc-ipynb          pandoc -f html -t ipynb, each image as its alt text (a
#                           Jupyter notebook: the page as a Markdown cell, each line a
#                           JSON string; pandoc sets a random id on each cell, so a run
#                           writes new ids)
#   Lynx 2.9.0dev.12 (Debian's lynx package)
#     lynx                  lynx -dump -force_html -display_charset=utf-8 /dev/stdin
#     lynx-200              lynx -dump -width=200 -force_html -display_charset=utf-8 /dev/stdin
#   ELinks 0.13.2 (Debian's elinks package)
#     elinks                elinks -dump -no-home -force-html -dump-charset utf-8
#   w3m 0.5.3+git20230121 (Debian's w3m package)
#     w3m-200               w3m -dump -cols 200 -T text/html -O UTF-8
#   html2text 1.3.2a (Debian's html2text package)
#     html2text             html2text
#     html2text-utf8        html2text -utf8
#   LibreOffice 7.4.7.2 (Debian's libreoffice-writer package), which reads
#   files, not stdin: every page of every case is converted in one run
#   (its start takes seconds), with a profile of its own under the
#   temporary folder, so that a LibreOffice already open is left alone
#     libreoffice           soffice --headless --convert-to txt:Text --outdir D PAGE.html
#   (through an .odt, HTML → odt → txt, it writes the same text, byte for
#   byte, for every page of the corpus)
#   UnRTF 0.21.10 (Debian's unrtf package), after LibreOffice's RTF export
#   (in the same one run): the text in Latin-1 (Windows-1252), each
#   character that encoding lacks (a heading's zero-width space, Hangul,
#   an arrow) written as "?", a non-breaking space dropped
#     unrtf                 soffice --headless --convert-to "rtf:Rich Text Format" --outdir D PAGE.html
#                           then unrtf --text PAGE.rtf
#   pandoc 2.17.1.1, man-db 2.11.2 and groff 1.22.4 with tbl (Debian's
#   man-db and groff packages), in the C.UTF-8 locale: the page as a
#   manual page, as man prints it to a pipe (no overstrikes)
#     man-60                pandoc -f html -t man -s | MANWIDTH=60 man -l -
#     man-80                pandoc -f html -t man -s | MANWIDTH=80 man -l -
#     man-120-tabs          pandoc -f html -t man -s | MANWIDTH=120 man -l - | col -b
#                           (col -b sets runs of spaces as TABs)
#   GNU Texinfo 6.8 (Debian's texinfo package), after pandoc's texinfo writer
#     makeinfo              pandoc -f html -t texinfo -s | makeinfo --plaintext --force --no-validate -o - -
#                           (--force and --no-validate: a page repeats node names and links anchors
#                           makeinfo refuses otherwise)
#   html2markdown v2.5.2 (go install github.com/JohannesKaufmann/html-to-markdown/v2/cli/html2markdown@v2.5.2)
#     html2markdown         html2markdown
#     html2markdown-table   html2markdown --plugin-table
#     html2markdown-table-preserve
#                           html2markdown --plugin-table --opt-table-newline-behavior=preserve
#   BeautifulSoup 4.11.2 (Debian's python3-bs4 package, for Debian's
#   /usr/bin/python3, not another python3 on the PATH): a scraper's text
#   of the page, every text node on a line of its own
#     soup-text             BeautifulSoup(page, "html.parser").get_text("\n")
#                           (the page's bytes in, their encoding told by BeautifulSoup; the
#                           text out in UTF-8 as get_text gives it, no newline added)
#   HTML::WikiConverter 0.68 with its MediaWiki dialect 0.59 (Debian's
#   libhtml-wikiconverter-perl and libhtml-wikiconverter-mediawiki-perl
#   packages), default options
#     html2wiki-mediawiki   html2wiki --dialect MediaWiki
#   GNU Emacs 28.2 (Debian's emacs-nox package), in batch: eww's renderer
#   shr, the buffer written as a file, as eww's C-x C-w saves it (shr
#   aligns a table's columns with display properties, which the file does
#   not keep: each cell followed by two spaces)
#     eww                   emacs --batch: libxml-parse-html-region, shr-insert-document
#                           (shr-width 80, shr-use-fonts nil), write-region
#
# A tool is a line of the table below: its folder, the extension of what
# it writes, and its command (a function below, for a pipeline); the
# command "office" is LibreOffice's, with the filter it exports by and
# the command each file it writes is piped through.
set -eu

# makeinfoPlain writes a page as GNU Texinfo's plain text: pandoc writes
# it as Texinfo, which makeinfo formats.
makeinfoPlain() {
	pandoc -f html -t texinfo -s | makeinfo --plaintext --force --no-validate -o - -
}

# soupText writes a page's text as BeautifulSoup's get_text("\n") gives
# it: every text node of the page on a line of its own.
soupText() {
	/usr/bin/python3 -c '
import sys
from bs4 import BeautifulSoup
text = BeautifulSoup(sys.stdin.buffer.read(), "html.parser").get_text("\n")
sys.stdout.buffer.write(text.encode("utf-8"))'
}

# ewwText writes a page as Emacs's eww shows it, its buffer saved: shr
# renders the page, parsed by libxml, at 80 columns without fonts.
ewwText() {
	tmp=$(mktemp -d)
	cat >"$tmp/page.html"
	emacs --batch --no-site-file --eval '(progn
  (require (quote shr))
  (setq shr-width 80 shr-use-fonts nil)
  (with-temp-buffer
    (set-buffer-multibyte t)
    (let ((coding-system-for-read (quote utf-8))) (insert-file-contents (car command-line-args-left)))
    (let ((dom (libxml-parse-html-region (point-min) (point-max))))
      (erase-buffer)
      (shr-insert-document dom))
    (let ((coding-system-for-write (quote utf-8)))
      (write-region (point-min) (point-max) (cadr command-line-args-left)))))' \
		"$tmp/page.html" "$tmp/page.txt" 2>/dev/null
	cat "$tmp/page.txt"
	rm -rf "$tmp"
}

tools() {
	cat <<'TOOLS'
pandoc-rst rst pandoc -f html -t rst
pandoc-asciidoc adoc pandoc -f html -t asciidoc
pandoc-org org pandoc -f html -t org
pandoc-mediawiki wiki pandoc -f html -t mediawiki
pandoc-plain txt pandoc -f html -t plain
pandoc-markdown md pandoc -f html -t markdown_strict
pandoc-commonmark md pandoc -f html -t commonmark
pandoc-dokuwiki txt pandoc -f html -t dokuwiki
pandoc-textile textile pandoc -f html -t textile
pandoc-jira txt pandoc -f html -t jira
pandoc-zimwiki txt pandoc -f html -t zimwiki
pandoc-xwiki txt pandoc -f html -t xwiki
pandoc-muse muse pandoc -f html -t muse
pandoc-docbook4 xml pandoc -f html -t docbook4 -s
pandoc-docbook5 xml pandoc -f html -t docbook5
pandoc-jats xml pandoc -f html -t jats -s
pandoc-tei xml pandoc -f html -t tei -s
pandoc-icml icml pandoc -f html -t icml -s
pandoc-opendocument xml pandoc -f html -t opendocument
pandoc-native native pandoc -f html -t native
pandoc-ipynb ipynb notebook
lynx txt lynx -dump -force_html -display_charset=utf-8 /dev/stdin
lynx-200 txt lynx -dump -width=200 -force_html -display_charset=utf-8 /dev/stdin
elinks txt elinks -dump -no-home -force-html -dump-charset utf-8
w3m-200 txt w3m -dump -cols 200 -T text/html -O UTF-8
html2text txt html2text
html2text-utf8 txt html2text -utf8
libreoffice txt office txt:Text cat
unrtf txt office rtf:Rich_Text_Format unrtfText
man-60 txt manText 60
man-80 txt manText 80
man-120-tabs txt manText 120 tabs
makeinfo txt makeinfoPlain
html2markdown md html2markdown
html2markdown-table md html2markdown --plugin-table
html2markdown-table-preserve md html2markdown --plugin-table --opt-table-newline-behavior=preserve
soup-text txt soupText
eww txt ewwText
html2wiki-mediawiki mediawiki html2wiki --dialect MediaWiki
TOOLS
}

# notebook writes the HTML page on stdin as the Jupyter notebook pandoc
# writes, each image as its alt text: the ipynb writer embeds a page's
# images in the notebook, and stops at one it cannot read, as the images
# of a page saved as HTML only are.
notebook() {
	filter=$(mktemp --suffix=.lua)
	echo 'function Image(el) return el.caption end' >"$filter"
	pandoc -f html -t ipynb --lua-filter "$filter"
	rm -f "$filter"
}

# manText prints the HTML page on stdin as a manual page that pandoc
# writes, as man prints it at $1 columns to a pipe, its spaces set as
# TABs by col -b where $2 is "tabs". Groff's warnings of lines it cannot
# adjust are no part of it.
manText() {
	pandoc -f html -t man -s | LC_ALL=C.UTF-8 MANWIDTH="$1" man -l - 2>/dev/null |
		if [ "${2:-}" = tabs ]; then col -b; else cat; fi
}

# page prints the path of a case's page as the tests find it: in the
# case's folder, else under testdata/html (an .html page) or
# testdata/pages.
page() {
	if [ -f "$1/$2" ]; then
		echo "$1/$2"
	elif [ "${2%.html}" != "$2" ]; then
		echo "testdata/html/$2"
	else
		echo "testdata/pages/$2"
	fi
}

# htmlCase tells whether every page of a case is HTML.
htmlCase() {
	for p in $(cat "$1/pages"); do
		case "$p" in
		*.html | *.htm) ;;
		*) return 1 ;;
		esac
	done
}

# unrtfText writes the RTF document on stdin as UnRTF's text, in a
# folder of its own, where UnRTF writes the pictures it finds; it fails
# where UnRTF does.
unrtfText() {
	dir=$(mktemp -d)
	cat >"$dir/page.rtf"
	status=0
	(cd "$dir" && unrtf --text page.rtf) || status=$?
	rm -rf "$dir"
	return "$status"
}

# office converts every page of the HTML cases by LibreOffice's export
# filter $3 (an underscore for each space of its name), in one run, and
# writes each file it exports piped through the command $4 into the
# tool's folder $1 (with the extension $2); a case with a page that the
# command fails on is left out (UnRTF 0.21.10 stops at a null pointer on
# b09_notice's page), with a line that says so.
office() {
	tmp=$(mktemp -d)
	mkdir "$tmp/in" "$tmp/out"
	for dir in testdata/facts/*/; do
		dir=${dir%/}
		htmlCase "$dir" || continue
		for p in $(cat "$dir/pages"); do
			cp "$(page "$dir" "$p")" "$tmp/in/$(basename "$dir")@$p"
		done
	done
	soffice -env:UserInstallation="file://$tmp/profile" --headless \
		--convert-to "$(echo "$3" | tr _ ' ')" --outdir "$tmp/out" "$tmp/in"/* >/dev/null 2>&1
	for f in "$tmp/out"/*; do
		name=$(basename "$f")
		name=${name%.*}.$2
		mkdir -p "testdata/sweep/$1/${name%%@*}"
		if ! $4 <"$f" >"testdata/sweep/$1/${name%%@*}/${name#*@}" 2>/dev/null; then
			echo "${name%%@*}" >>"$tmp/failed"
		fi
	done
	if [ -f "$tmp/failed" ]; then
		for c in $(sort -u "$tmp/failed"); do
			echo "$1: $c left out: $4 failed on a page"
			rm -rf "testdata/sweep/$1/$c"
		done
	fi
	for dir in "testdata/sweep/$1"/*/; do
		for p in $(cat "testdata/facts/$(basename "$dir")/pages"); do echo "${p%.*}.$2"; done >"$dir/pages"
	done
	rm -rf "$tmp"
}

want="$*"
tools | while read -r tool ext cmd; do
	if [ -n "$want" ] && ! echo " $want " | grep -q " $tool "; then
		continue
	fi
	rm -rf "testdata/sweep/$tool"
	if [ "${cmd%% *}" = office ]; then
		# shellcheck disable=SC2086 # the filter and the command
		office "$tool" "$ext" ${cmd#office }
		echo "$tool: $(ls "testdata/sweep/$tool" | wc -l) cases"
		continue
	fi
	for dir in testdata/facts/*/; do
		dir=${dir%/}
		htmlCase "$dir" || continue
		out="testdata/sweep/$tool/$(basename "$dir")"
		mkdir -p "$out"
		for p in $(cat "$dir/pages"); do
			# shellcheck disable=SC2086 # the command's words
			$cmd <"$(page "$dir" "$p")" >"$out/${p%.*}.$ext"
		done
		for p in $(cat "$dir/pages"); do echo "${p%.*}.$ext"; done >"$out/pages"
	done
	echo "$tool: $(ls "testdata/sweep/$tool" | wc -l) cases"
done
