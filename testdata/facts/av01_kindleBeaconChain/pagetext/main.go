// pagetext prints the readable text of a saved HTML page, one block per
// line, table cells separated by tabs, so API reference pages can be
// pasted into tickets and grepped.
//
//	go run . page.html > page.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"header": true, "footer": true, "nav": true, "aside": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "pre": true, "blockquote": true,
	"table": true, "thead": true, "tbody": true, "tr": true,
}

var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true}

var spaces = regexp.MustCompile(`\s+`)

type writer struct {
	cur   strings.Builder
	lines []string
}

func (w *writer) text(s string) { w.cur.WriteString(spaces.ReplaceAllString(s, " ")) }

func (w *writer) flush() {
	line := strings.TrimSpace(w.cur.String())
	if line != "" {
		w.lines = append(w.lines, line)
	}
	w.cur.Reset()
}

func (w *writer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipTags[n.Data] {
			return
		}
		if n.Data == "head" {
			return
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th") {
		w.cur.WriteString("\t")
	}
	if block {
		w.flush()
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: pagetext page.html")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := &writer{}
	w.walk(doc)
	w.flush()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, l := range w.lines {
		fmt.Fprintln(out, l)
	}
}
