package indented

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/pages/pagestest"
)

// TestToHTML writes pages of each notation as HTML, line for line.
func TestToHTML(t *testing.T) {
	for _, c := range []struct {
		name string
		nt   notation
		page string
		want []string
		errs []string
	}{
		{
			name: "HAML: a cell's code on the deeper line, an empty cell, a break, a comment, a doctype",
			nt:   haml{},
			page: "!!!\n%table\n  / [\n  %tr\n    %td\n      %code campId\n    %td\n    %td{:class => \"d\", \"data-v\" => \"\"}\n      What to build.\n      %br>/\n      See #{\"Kind\"} \\#{x}",
			want: []string{"<!DOCTYPE html>", "<table>", "", "<tr>", "<td>", "<code>campId</code></td>", "<td></td>", `<td class="d" data-v="">`, "What to build.", "<br>", "See Kind #{x}</td></tr></table>"},
		},
		{
			name: "Pug: piped text, a link after it, a text block, block expansion",
			nt:   pug{},
			page: "doctype html\nhtml(lang='en-US' dir='ltr')\n  // [\n    comment\n  td\n    | Hull class. See \n    a(href='#hullclass') HullClass\n  pre.\n    POST /x\n      more\n  li: a(href=\"/y\") y\n  br",
			want: []string{"<!DOCTYPE html>", `<html lang="en-US" dir="ltr">`, "", "", "<td>", "Hull class. See ", `<a href="#hullclass">HullClass</a></td>`, "<pre>", "POST /x", "  more</pre>", `<li><a href="/y">y</a></li>`, "<br></html>"},
		},
		{
			name: "refused: code, an interpolation of code, a line indented inside text, a line indented unlike its siblings",
			nt:   haml{},
			page: "%table\n  %tr\n    %td a\n      deeper\n   %td b\n  - if x\n  %p= t(:name)\n  %p See #{link}",
			want: []string{"<table>", "<tr>", "<td>a</td></tr></table>", "", "", "", "", ""},
			errs: []string{
				"p.txt:4: line 4 of the HAML page is indented inside line 3, which holds nothing on deeper lines (text, or an element with its text on its line): the page's indentation is broken there; indent it as the element it belongs to",
				"p.txt:5: line 5 of the HAML page is indented 3, inside line 2 whose other lines are indented 4: the page's indentation does not tell which element it is inside; indent it as the element it belongs to",
				`p.txt:6: line 6 of the HAML page cannot be read: it is Ruby code ("- if x"), which only running the template shows; write what it shows as text or markup`,
				`p.txt:7: line 7 of the HAML page cannot be read: the expression "t(:name)" is code, whose value only running the template tells; write what it shows as text or markup`,
				`p.txt:8: line 8 of the HAML page cannot be read: the expression "link" is code, whose value only running the template tells; write what it shows as text or markup`,
			},
		},
		{
			name: "Slim: bracketed and bare attributes, text going on over deeper lines, a comment, block expansion",
			nt:   slim{},
			page: "doctype html\nhtml[lang=\"en-US\"]\n  / [\n  td\n    | Hull class.\n      Wrapped.\n    ' See\n    a href=\"#hull\" data-x=true HullClass\n  li: a[href=\"/y\"] y\n  td colspan=\"2\" = \"x\"",
			want: []string{"<!DOCTYPE html>", `<html lang="en-US">`, "", "<td>", "Hull class.", "Wrapped.", "See ", `<a href="#hull" data-x>HullClass</a></td>`, `<li><a href="/y">y</a></li>`, `<td colspan="2">x</td></html>`},
		},
		{
			name: "Slim refused: Ruby code, an attribute of code",
			nt:   slim{},
			page: "- if x\na href=url Link",
			want: []string{"", ""},
			errs: []string{
				`p.txt:1: line 1 of the Slim page cannot be read: it is Ruby code ("- if x"), which only running the template shows; write what it shows as text or markup`,
				`p.txt:2: line 2 of the Slim page cannot be read: the attribute value "url Link" is code, whose value only running the template tells; write what it shows as text or markup`,
			},
		},
		{
			name: "HAML: attributes over two lines, HTML-style attributes",
			nt:   haml{},
			page: "%a{:href => \"/x\",\n  :title => 'T'} link\n%td(colspan=2 class=\"c\") 2",
			want: []string{`<a href="/x" title="T">link</a>`, "", `<td colspan="2" class="c">2</td>`},
		},
	} {
		rep := &pages.Reporter{}
		got := toHTML(source{pages.Source{Name: "p.txt", Lines: strings.Split(c.page, "\n"), Report: rep}}, c.nt)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		_, errs := rep.Sorted([]string{"p.txt"}, false)
		var es []string
		for _, e := range errs {
			es = append(es, e.Error())
		}
		if !reflect.DeepEqual(es, c.errs) {
			t.Errorf("%s: errors\n got %q\nwant %q", c.name, es, c.errs)
		}
	}
}

// TestRead reads a table of each notation at the page's lines.
func TestRead(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"HAML", "!!!\n%html{:lang => 'en'}\n%h3 Request Body\n%table\n  %thead\n    %tr\n      %th Code\n      %th Type\n  %tbody\n    %tr\n      %td\n        %code campId\n      %td\n        %code string"},
		{"Pug", "doctype html\nhtml(lang='en')\nh3 Request Body\ntable\n  thead\n    tr\n      th Code\n      th Type\n  tbody\n    tr\n      td\n        code campId\n      td\n        code string"},
	} {
		blocks, warns := pagestest.Read(Style{}, c.page, true)
		want := []string{"03 Request Body", "06 [Code|Type]", "10 |campId|string|"}
		if got := pagestest.Describe(blocks); !reflect.DeepEqual(got, want) || warns != nil {
			t.Errorf("%s: got %q %q, want %q", c.name, got, warns, want)
		}
	}
}

// TestDetect tells each notation by its marks, and no other page.
func TestDetect(t *testing.T) {
	for _, c := range []struct {
		page string
		want notation
	}{
		{"!!!\n%html", haml{}},
		{"%table\n  %tr\n    %td a\n    %td b", haml{}},
		{"doctype html\nhtml(lang='en')\n  body", pug{}},
		{"table(class='x')\n  tr\n    td(a='1') x\n    td(b='2')\n      | y", pug{}},
		{"doctype html\nhtml[lang=\"en\"]\n  body", slim{}},
		{"table class=\"x\"\n  tr\n    td[a=\"1\"] x\n    td b=\"2\"\n      | y", slim{}},
		{"% a LaTeX comment\n\\section{x}", nil},
		{"<table>\n<tr>\n<td>%td</td>\n</tr>\n</table>", nil},
		{"Name | Type\n--- | ---\na | b", nil},
	} {
		if got := notationOf(strings.Split(c.page, "\n")); got != c.want {
			t.Errorf("notationOf(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}
