// Package pagegen writes the pages of a large API from one sample page:
// each page documents an operation and object types of its own, as a real
// vendor's pages do, so that benchmarks of the parse, the generation and the
// build of the output measure what a large API costs.
package pagegen

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// Pages returns n copies of samples, pages that parse together. Copy i
// documents the samples' operations and a copy of every object type and
// enum they define, each renamed with the suffix i written on four digits
// (loginByAccount0007, InfoRequestParam0007, GenericModels.BanItem0007):
// in headings, type cells, "See X" references, prose and HTML anchors. The
// types of the envelope are the protocol's, shared by every page of an
// API: they keep their names. Copy i of a sample named s is named "i_s";
// the pages come copy by copy.
func Pages(samples []parser.Page, n int) ([]parser.Page, error) {
	r, err := newRenamer(samples)
	if err != nil {
		return nil, err
	}
	pages := make([]parser.Page, 0, n*len(samples))
	for i := range n {
		suffix := fmt.Sprintf("%04d", i)
		for j, s := range samples {
			pages = append(pages, parser.Page{Name: suffix + "_" + s.Name, Data: []byte(r.rename(j, suffix))})
		}
	}
	return pages, nil
}

// renamer renames the names sample pages define.
type renamer struct {
	// lines are each sample's lines.
	lines [][]string
	// words are the last dot-separated segments of the names of the
	// samples' operations, types and enums, but for the envelope's, longest
	// first.
	words []string
	// wordRe matches one of words as a whole word.
	wordRe *regexp.Regexp
	// anchors are the words in lower case, as HTML anchors spell them.
	anchors map[string]bool
	// fields are the names of every member the samples document, longest
	// first: in a flattened row the type cell follows one of them directly.
	fields []string
}

// anchorRe matches an HTML anchor or its target.
var anchorRe = regexp.MustCompile(`(href="#|id=")([^"]+)"`)

func newRenamer(samples []parser.Page) (*renamer, error) {
	res, err := parser.Parse(samples, parser.Options{Name: "sample"})
	if err != nil {
		return nil, fmt.Errorf("the samples do not parse: %w", err)
	}
	api := res.API
	shared := envelopeTypes(api)
	words := map[string]bool{}
	addWord := func(name string) {
		if !shared[name] {
			words[name[strings.LastIndexByte(name, '.')+1:]] = true
		}
	}
	for _, op := range api.Operations {
		addWord(op.Name)
	}
	for _, t := range api.Types {
		for _, name := range append([]string{t.Name}, t.Aliases...) {
			addWord(name)
		}
	}
	for _, e := range api.Enums {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			addWord(name)
		}
	}
	fields := map[string]bool{}
	addFields := func(fs []*schema.Field) {
		for _, f := range fs {
			fields[f.Name] = true
		}
	}
	if api.Envelope != nil {
		addFields(api.Envelope.Fields)
	}
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			addFields(ep.Body)
		}
	}
	for _, t := range api.Types {
		addFields(t.Fields)
	}
	r := &renamer{
		words:   longestFirst(words),
		anchors: map[string]bool{},
		fields:  longestFirst(fields),
	}
	quoted := make([]string, len(r.words))
	for i, w := range r.words {
		quoted[i] = regexp.QuoteMeta(w)
		r.anchors[strings.ToLower(w)] = true
	}
	r.wordRe = regexp.MustCompile(`\b(?:` + strings.Join(quoted, "|") + `)\b`)
	for _, s := range samples {
		r.lines = append(r.lines, strings.Split(string(s.Data), "\n"))
	}
	return r, nil
}

// envelopeTypes returns the names and aliases of the types and enums the
// envelope uses, directly or through other types.
func envelopeTypes(api *schema.API) map[string]bool {
	out := map[string]bool{}
	var visit func(fs []*schema.Field)
	visit = func(fs []*schema.Field) {
		for _, f := range fs {
			if out[f.Type] {
				continue
			}
			if e := api.EnumByName(f.Type); e != nil {
				out[e.Name] = true
				for _, al := range e.Aliases {
					out[al] = true
				}
			}
			if t := api.TypeByName(f.Type); t != nil {
				out[t.Name] = true
				for _, al := range t.Aliases {
					out[al] = true
				}
				visit(t.Fields)
			}
		}
	}
	if api.Envelope != nil {
		visit(api.Envelope.Fields)
	}
	return out
}

// longestFirst lists the keys of set, longest first, then in byte order.
func longestFirst(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}

// rename returns the text of sample j with every name it defines followed
// by suffix.
func (r *renamer) rename(j int, suffix string) string {
	var b strings.Builder
	for i, l := range r.lines[j] {
		if i > 0 {
			b.WriteByte('\n')
		}
		head, rest := r.typeCell(l, suffix)
		b.WriteString(head)
		rest = r.wordRe.ReplaceAllString(rest, "${0}"+suffix)
		rest = anchorRe.ReplaceAllStringFunc(rest, func(m string) string {
			sub := anchorRe.FindStringSubmatch(m)
			word := sub[2][strings.LastIndexByte(sub[2], '-')+1:]
			if !r.anchors[word] {
				return m
			}
			return sub[1] + sub[2] + suffix + `"`
		})
		b.WriteString(rest)
	}
	return b.String()
}

// typeCell splits a flattened row whose field name runs into a defined
// type's name ("infoRequestParamInfoRequestParamtrue…") after that name,
// renamed: the whole-word renaming cannot see it. Any other line is all
// rest.
func (r *renamer) typeCell(line, suffix string) (head, rest string) {
	for _, f := range r.fields {
		after, ok := strings.CutPrefix(line, f)
		if !ok {
			continue
		}
		if after == "" || after[0] < 'A' || after[0] > 'Z' {
			break // the longest field name the row starts with is the row's
		}
		qualifier := ""
		if dot := strings.IndexByte(after, '.'); dot > 0 && isLetters(after[:dot]) {
			qualifier, after = after[:dot+1], after[dot+1:]
		}
		for _, w := range r.words {
			if strings.HasPrefix(after, w) {
				return f + qualifier + w + suffix, after[len(w):]
			}
		}
		break
	}
	return "", line
}

func isLetters(s string) bool {
	for _, c := range s {
		if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}
