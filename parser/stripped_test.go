package parser_test

import (
	"bytes"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

var strippedAll = flag.Bool("stripped.all", false, "TestStripped: strip every HTML source of the fact corpus, not a sample")

// strippedSample is the share of the corpus's HTML cases the bounded
// run of TestStripped strips: every strippedSample-th case by name.
const strippedSample = 2

// knownStripped lists the (case, variant) pairs whose stripped pages read
// as another schema with no warning today, each with the defect that
// makes it. The test fails when a pair outside the list goes silent, and
// when a pair in it no longer does: the list only shrinks.
var knownStripped = map[[2]string]string{}

// tagStartRe matches what opens a tag in HTML's text: "<" and a letter,
// or "</" and a letter.
var tagStartRe = regexp.MustCompile(`<(/?)([A-Za-z][A-Za-z0-9-]*)`)

// stripTags is an HTML page's text as a tag stripper leaves it (PHP's
// strip_tags, grokify/html-strip-tags-go, bluemonday's StrictPolicy): each
// start and end tag taken out, its attributes with it (a ">" inside a
// quoted value does not end it), each comment taken out, a script's and a
// style's body taken out with their tags; every other byte kept as it is,
// the doctype (no element) on its line, the source's indentation and
// blank lines, and its entities undecoded.
func stripTags(src []byte) []byte {
	var b bytes.Buffer
	for i := 0; i < len(src); {
		if bytes.HasPrefix(src[i:], []byte("<!--")) {
			end := bytes.Index(src[i+4:], []byte("-->"))
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		m := tagStartRe.FindSubmatchIndex(src[i:])
		if m == nil || m[0] != 0 {
			b.WriteByte(src[i])
			i++
			continue
		}
		name := strings.ToLower(string(src[i+m[4] : i+m[5]]))
		j := i + m[1]
		for quote := byte(0); j < len(src) && (quote != 0 || src[j] != '>'); j++ {
			switch c := src[j]; {
			case quote != 0 && c == quote:
				quote = 0
			case quote == 0 && (c == '"' || c == '\''):
				quote = c
			}
		}
		i = j + 1
		if m[3] == m[2] && (name == "script" || name == "style") {
			end := bytes.Index(bytes.ToLower(src[i:]), []byte("</"+name))
			if end < 0 {
				break
			}
			i += end
		}
	}
	return b.Bytes()
}

// TestStripTags checks the stripper on the forms it meets: attributes
// with a ">" inside quotes, comments, a script's body, the doctype, a "<"
// that opens no tag, and entities left as written.
func TestStripTags(t *testing.T) {
	in := "<!DOCTYPE html>\n<html><head><script>if (a<b) x();</script><style>p>a{}</style></head>\n" +
		"<body><!-- note -->\n  <td title=\"1>2\">a &lt; b</td>\n  <p>x <3 y</p></body></html>\n"
	want := "<!DOCTYPE html>\n\n\n  a &lt; b\n  x <3 y\n"
	if got := string(stripTags([]byte(in))); got != want {
		t.Errorf("stripTags:\n%q\nwant\n%q", got, want)
	}
}

// strippedVariants are the ways a stripper's text comes: as it strips
// it, entities left as written, and with them decoded after (PHP's
// html_entity_decode(strip_tags(...))).
var strippedVariants = []struct {
	name  string
	apply func([]byte) []byte
}{
	{"raw", stripTags},
	{"decoded", func(b []byte) []byte { return []byte(html.UnescapeString(string(stripTags(b)))) }},
	{"sed", func(b []byte) []byte { return sedTagRe.ReplaceAll(b, nil) }},
}

// sedTagRe is what sed 's/<[^>]*>//g' takes out: a tag within a line.
var sedTagRe = regexp.MustCompile(`<[^>\n]*>`)

// htmlSources are the HTML pages of each case of the fact corpus that
// has them, by the case's folder: its pages where they are all HTML, else
// the HTML files in its folder a converter's page was made from.
func htmlSources(t *testing.T) map[string][]parser.Page {
	dirs, err := filepath.Glob("../testdata/facts/*/pages")
	if err != nil {
		t.Fatal(err)
	}
	isHTML := func(name string) bool { return strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm") }
	out := map[string][]parser.Page{}
	for _, list := range dirs {
		dir := filepath.Dir(list)
		own := parser.CasePages(t, dir)
		if !slices.ContainsFunc(own, func(p parser.Page) bool { return !isHTML(p.Name) }) {
			out[dir] = own
			continue
		}
		files, err := filepath.Glob(filepath.Join(dir, "*.htm*"))
		if err != nil {
			t.Fatal(err)
		}
		var srcs []parser.Page
		for _, f := range files {
			if !isHTML(f) {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			srcs = append(srcs, parser.Page{Name: filepath.Base(f), Data: data})
		}
		if len(srcs) > 0 {
			out[dir] = srcs
		}
	}
	return out
}

// TestStripped strips the tags of each HTML source of the fact corpus
// as a tag stripper does (stripTags; raw, and with entities decoded),
// parses the text and scores it against the parse of the HTML itself as
// TestSweep scores a converted case: right, warned (every fact read
// otherwise, lost or extra warned at its line), refused (a located
// error) or silent. A silent pair fails the test unless knownStripped
// lists it. The bounded run strips a sample of the cases (every
// strippedSample-th by name); -stripped.all strips every one.
func TestStripped(t *testing.T) {
	sources := htmlSources(t)
	var dirs []string
	for d := range sources {
		dirs = append(dirs, d)
	}
	slices.Sort(dirs)
	seen := map[[2]string]bool{}
	byOutcome := map[string]map[sweepOutcome]int{}
	skipped := 0
	for i, dir := range dirs {
		if !*strippedAll && i%strippedSample != 0 {
			continue
		}
		name := filepath.Base(dir)
		clean, err := parser.Parse(sources[dir], parser.Options{Name: "x"})
		// As in TestSweep: a table never closed moves what follows it
		// in the tree a browser builds, not in the text a stripper
		// leaves.
		if err != nil || slices.ContainsFunc(clean.Warnings, func(w schema.Diagnostic) bool { return strings.Contains(w.Msg, "(no </table>)") }) {
			skipped++
			continue
		}
		for _, v := range strippedVariants {
			var stripped []parser.Page
			for _, p := range sources[dir] {
				stem := strings.TrimSuffix(p.Name, filepath.Ext(p.Name))
				stripped = append(stripped, parser.Page{Name: stem + ".txt", Data: v.apply(p.Data)})
			}
			key := [2]string{name, v.name}
			seen[key] = true
			res, perr := parser.ParseChecking(stripped, parser.Options{Name: "x"}, validated(t, name+" "+v.name))
			var got *schema.API
			var warnings schema.Diagnostics
			if res != nil {
				got, warnings = res.API, res.Warnings
			}
			_, outcome, detail := sweepScore(clean.API, got, warnings, perr)
			if byOutcome[v.name] == nil {
				byOutcome[v.name] = map[sweepOutcome]int{}
			}
			byOutcome[v.name][outcome]++
			why, listed := knownStripped[key]
			switch {
			case outcome == sweepSilent && !listed:
				t.Errorf("%s, %s: silent; not a known defect, or list it with the defect that makes it:\n\t{%q, %q}: %q,", name, v.name, name, v.name, detail)
			case listed && outcome != sweepSilent:
				t.Errorf("%s, %s: %s, listed silent in knownStripped (%s): remove it", name, v.name, outcome, why)
			}
			if testing.Verbose() {
				t.Logf("%s, %s: %s %s", name, v.name, outcome, detail)
			}
		}
	}
	for _, v := range strippedVariants {
		var counts []string
		for _, o := range sweepOutcomes {
			counts = append(counts, fmt.Sprintf("%d %s", byOutcome[v.name][o], o))
		}
		t.Logf("%-8s %s", v.name, strings.Join(counts, ", "))
	}
	t.Logf("%d cases skipped, their HTML refused or holding a table never closed", skipped)
	for k := range knownStripped {
		if !seen[k] && *strippedAll {
			t.Errorf("%s, %s: listed in knownStripped, and not stripped: remove it", k[0], k[1])
		}
	}
}
