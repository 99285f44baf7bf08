package xmldoc

// kind is what an element of the vocabularies is to the reading.
type kind int

const (
	inline    kind = iota // its text is part of the paragraph or cell around it
	skipped               // metadata: no text of the page (an <info>, an <anchor>)
	container             // holds blocks: a section, a list, a note
	title                 // a section's title: a heading
	paragraph             // a paragraph of text
	code                  // lines read word for word
	table                 // a table
	item                  // an item of a list
	row                   // a table's row
	cell                  // a row's cell
	header                // a table's group of header rows
	breaks                // a line break inside a paragraph
	link                  // a link, maybe a heading's permalink
	image                 // an image, read as the mark its file shows
	spaces                // OpenDocument's <text:s text:c="3"/>: that many spaces
)

// element is what the reading knows of an element: its kind, whether a
// document or a fragment may begin with it (root), and whether only
// these vocabularies name it, no HTML page (only).
type element struct {
	kind       kind
	root, only bool
}

// vocabulary are the elements of DocBook 4 and 5, JATS, TEI and
// FictionBook 2 and OpenDocument text that the reading tells apart, by
// local name in lower case; any other is inline. <code> is JATS' code
// block where it stands among blocks, and a code span on one line inside
// a paragraph (DocBook's, FictionBook's; a paragraph wholly one is a line
// of code: codeLine).
var vocabulary = map[string]element{
	// DocBook
	"article": {container, true, false}, "book": {container, true, true}, "chapter": {container, true, true},
	"part": {container, true, true}, "appendix": {container, true, true}, "preface": {container, true, true},
	"section": {container, true, false}, "simplesect": {container, true, true}, "refentry": {container, true, true},
	"sect1": {container, true, true}, "sect2": {container, true, true}, "sect3": {container, true, true},
	"sect4": {container, true, true}, "sect5": {container, true, true},
	"info": {skipped, false, true}, "articleinfo": {skipped, false, true}, "bookinfo": {skipped, false, true},
	"anchor": {skipped, true, true}, "indexterm": {skipped, false, true}, "remark": {skipped, false, true},
	"colspec": {skipped, false, true}, "spanspec": {skipped, false, true},
	"note": {container, false, false}, "warning": {container, false, true}, "caution": {container, false, true},
	"important": {container, false, true}, "tip": {container, false, true}, "sidebar": {container, false, true},
	"blockquote": {container, false, false}, "example": {container, false, true}, "informalexample": {container, false, true},
	"figure": {container, false, false}, "informalfigure": {container, false, true}, "formalpara": {container, false, true},
	"itemizedlist": {container, true, true}, "orderedlist": {container, true, true}, "variablelist": {container, false, true},
	"simplelist": {container, false, true}, "varlistentry": {container, false, true},
	"listitem": {item, false, true}, "member": {item, false, true},
	"title": {title, false, false},
	"para":  {paragraph, true, true}, "simpara": {paragraph, true, true}, "term": {paragraph, false, true},
	"programlisting": {code, true, true}, "screen": {code, false, true}, "literallayout": {code, false, true},
	"synopsis":      {code, false, true},
	"informaltable": {table, true, true}, "table": {table, false, false},
	"tgroup": {container, false, true}, "thead": {header, false, false}, "tbody": {container, false, false},
	"tfoot": {container, false, false}, "row": {row, false, true}, "entry": {cell, false, true},
	"sbr":  {breaks, false, true},
	"link": {link, true, false}, "ulink": {link, true, true}, "xref": {link, false, true}, "olink": {link, false, true},
	"imagedata": {image, false, true}, "literal": {inline, false, true}, "emphasis": {inline, false, true},
	// JATS
	"front": {skipped, false, true}, "sec": {container, true, true}, "boxed-text": {container, true, true},
	"body": {container, false, false}, "back": {container, false, true}, "table-wrap": {container, true, true},
	"disp-quote": {container, false, true}, "fig": {container, false, true},
	"list": {container, false, true}, "list-item": {item, false, true},
	"def-list": {container, false, true}, "def-item": {container, false, true}, "def": {container, false, true},
	"p": {paragraph, true, false}, "preformat": {code, false, true}, "code": {code, false, false},
	"colgroup": {skipped, false, false}, "col": {skipped, false, false},
	"tr": {row, false, false}, "td": {cell, false, false}, "th": {cell, false, false},
	"ext-link": {link, false, true}, "inline-graphic": {image, false, true}, "graphic": {image, false, true},
	"monospace": {inline, false, true},
	// TEI
	"tei": {container, true, true}, "teiheader": {skipped, false, true}, "text": {container, false, true},
	"div": {container, true, false}, "head": {title, false, false}, "ab": {paragraph, false, true},
	"eg": {code, false, true}, "item": {item, false, true}, "cell": {cell, false, true},
	"lb": {breaks, false, true}, "ref": {link, false, true}, "seg": {inline, false, true},
	// FictionBook 2
	"fictionbook": {container, true, true}, "description": {skipped, false, true}, "binary": {skipped, false, true},
	"subtitle": {title, false, true}, "empty-line": {skipped, false, true}, "epigraph": {container, false, true},
	"cite": {container, false, false}, "poem": {container, false, true},
	"stanza": {container, false, true}, "v": {paragraph, false, true}, "text-author": {paragraph, false, true},
	// OpenDocument text (office:, text:, table:, draw:): its styles,
	// settings and bookmarks are no text of the page.
	"document-content": {container, true, true}, "document": {container, false, false},
	"automatic-styles": {skipped, false, true}, "styles": {skipped, false, true}, "master-styles": {skipped, false, true},
	"font-face-decls": {skipped, false, true}, "meta": {skipped, false, false}, "settings": {skipped, false, true},
	"scripts": {skipped, false, true}, "forms": {skipped, false, true}, "sequence-decls": {skipped, false, true},
	"tracked-changes": {skipped, false, true},
	// an annotation: an OpenDocument comment, a FictionBook abstract of
	// the book, which pandoc writes in its <description>: no text of the page.
	"annotation": {skipped, false, true},
	"bookmark":   {skipped, false, true}, "bookmark-start": {skipped, false, true}, "bookmark-end": {skipped, false, true},
	"reference-mark": {skipped, false, true}, "reference-mark-start": {skipped, false, true},
	"reference-mark-end": {skipped, false, true}, "soft-page-break": {skipped, false, true},
	"table-of-content-source": {skipped, false, true}, "table-column": {skipped, false, true},
	"table-columns": {skipped, false, true},
	"h":             {title, true, true}, "list-header": {item, false, true}, "index-body": {container, false, true},
	"table-header-rows": {header, false, true}, "table-rows": {container, false, true},
	"table-row-group": {container, false, true}, "table-row": {row, false, true},
	"table-cell": {cell, false, true}, "covered-table-cell": {cell, false, true},
	"line-break": {breaks, false, true}, "tab": {breaks, false, true}, "s": {spaces, false, false},
	"a": {link, false, false}, "image": {image, false, false},
}
