package xmldoc

import (
	"strconv"
	"strings"
)

// OpenDocument text is LibreOffice's and Word's .odt (its content.xml),
// the flat .fodt, and the bare body pandoc writes without -s (-t
// opendocument): a <text:h> of text:outline-level is a heading, a
// <text:p> a paragraph (a code block's lines are a paragraph each), a
// <text:list> of <text:list-item>s a list, a <table:table> of
// <table:table-row>s of <table:table-cell>s a table, its header rows in
// a <table:table-header-rows>; a <text:s text:c="3"/> stands for spaces,
// a <text:line-break/> and a <text:tab/> break a line; a heading's
// anchor is its <text:bookmark-start>. pandoc writes a wiki's header
// row of <th> cells inside a <tbody> as no row at all: such a table has
// no header, and pages.Read reads it as the columns its section carries
// (pages/headless.go).

// odfPrefixes are the prefixes OpenDocument's writers give the elements
// of a document's body and root.
var odfPrefixes = []string{"office", "text", "table"}

// odfNamespace begins the URI of each of OpenDocument's namespaces.
const odfNamespace = "urn:oasis:names:tc:opendocument:"

// isODF reports whether an element is OpenDocument's, by the namespace
// its document declares or, in a body written without declarations, by
// its prefix.
func isODF(n *node) bool {
	return strings.HasPrefix(n.space, odfNamespace) || isODFPrefix(n.space)
}

// isODFPrefix reports whether a prefix is one of OpenDocument's.
func isODFPrefix(prefix string) bool {
	for _, p := range odfPrefixes {
		if strings.EqualFold(prefix, p) {
			return true
		}
	}
	return false
}

// isODFName reports whether an element's qualified name (as a page
// writes it, "text:section") is in one of OpenDocument's prefixes.
func isODFName(qualified string) bool {
	i := strings.IndexByte(qualified, ':')
	return i > 0 && isODFPrefix(qualified[:i])
}

// spaceRun is the spaces a <text:s> stands for: text:c of them, one
// when it says none.
func spaceRun(n *node) string {
	c, err := strconv.Atoi(strings.TrimSpace(n.attr("c")))
	if err != nil || c < 1 {
		c = 1
	}
	return strings.Repeat(" ", min(c, 80))
}

// headingAnchor is the anchor of a heading: OpenDocument's
// <text:bookmark-start> (or <text:bookmark>) in its <text:h>, else the
// section's anchor id.
func headingAnchor(h *node, id string) string {
	if h.name != "h" {
		return id
	}
	for _, k := range h.kids {
		if k.name == "bookmark-start" || k.name == "bookmark" {
			if a := k.attr("name"); a != "" {
				return a
			}
		}
	}
	return id
}
