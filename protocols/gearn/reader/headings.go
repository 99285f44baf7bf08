package reader

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// Markdown scrapes lose the headings that name type tables. nameTables
// finds the type each headingless table documents, in two passes.
//
// The first pass takes only firm evidence: rows saying "… used in X" or
// "… field in X", and a table on another page, under a heading, with the
// same members. The second pass matches what is left in page order: a
// table documents a type the page referred to before it, of the right kind
// (enum tables Name | Code), whose name's words the table's prose uses
// most; ties go to the type referred to first.
func (b *builder) nameTables(pd *pageDoc) {
	documented := map[string]bool{}
	for _, d := range pd.defs {
		if d.name != "" {
			documented[lastSegment(d.name)] = true
		}
	}
	var pending []ref
	for _, r := range pd.refs {
		if !documented[lastSegment(r.name)] {
			pending = append(pending, r)
		}
	}
	take := func(d *defDoc, name, how string) {
		d.name, d.how, d.recovered = name, how, true
		for i, r := range pending {
			if r.name == name {
				pending = append(pending[:i], pending[i+1:]...)
				break
			}
		}
		b.rep.Warn(pages.At(pd.name, d.table.Line), "recovered the missing heading of the table at line %d: it documents %s (%s)", d.table.Line, name, how)
	}
	for _, d := range pd.defs {
		if d.name != "" {
			continue
		}
		if name, how := usedInEvidence(d, pending); name != "" {
			take(d, name, how)
		} else if name, how := payloadEvidence(pd, d, pending); name != "" {
			take(d, name, how)
		} else if name, how := b.crossPageEvidence(pd, d, pending); name != "" {
			take(d, name, how)
		}
	}
	for _, d := range pd.defs {
		if d.name != "" {
			continue
		}
		name, how := bestByProse(d, pending)
		if name == "" {
			b.rep.Fail(pages.At(pd.name, d.table.Line), "the table at line %d%s has no heading, and every type the page refers to is documented already", d.table.Line, firstRow(d.table))
			continue
		}
		take(d, name, how)
	}
}

// firstRow quotes a table's first row, for messages about the table.
func firstRow(tb *pages.Table) string {
	if len(tb.Rows) == 0 {
		return ""
	}
	return fmt.Sprintf(", whose first row is %q,", pages.Clip(tb.Rows[0].Raw))
}

// usedInEvidence reads rows such as "Device used in ExternalItem." as a
// statement of the table's own name.
func usedInEvidence(d *defDoc, pending []ref) (string, string) {
	votes := map[string]int{}
	best := ""
	for _, r := range d.table.Rows {
		for _, c := range r.Cells {
			if !strings.Contains(c, " in ") {
				continue
			}
			for _, m := range usedInRe.FindAllStringSubmatch(c, -1) {
				votes[m[1]]++
				if best == "" || votes[m[1]] > votes[best] {
					best = m[1]
				}
			}
		}
	}
	if best == "" {
		return "", ""
	}
	how := fmt.Sprintf("its rows say \"used in %s\"", best)
	var suffix []string
	for _, p := range pending {
		switch {
		case p.name == best || lastSegment(p.name) == lastSegment(best):
			return p.name, how
		case strings.HasSuffix(best, lastSegment(p.name)):
			suffix = append(suffix, p.name)
		}
	}
	if len(suffix) == 1 {
		return suffix[0], how
	}
	return "", ""
}

// payloadEvidence reads a field table with an errorCode member as the
// payload type the envelope refers to: GearN's payload always carries the
// business outcome.
func payloadEvidence(pd *pageDoc, d *defDoc, pending []ref) (string, string) {
	p := pd.payloadType()
	if p == "" || d.table.Kind() != pages.KindFields || !slices.ContainsFunc(pending, func(r ref) bool { return r.name == p }) {
		return "", ""
	}
	for _, fd := range pd.fieldRows(d.table) {
		if fd.code == gearnErrorCode {
			return p, fmt.Sprintf("its %s member marks the payload that the response's %s member refers to", gearnErrorCode, gearnPayload)
		}
	}
	return "", ""
}

// headedGroup is the tables under headings with the same last segment,
// of one kind and with the same members: the first two, on different
// pages, are enough to find one on another page than any given page.
type headedGroup struct {
	kind pages.Kind
	sig  map[string]bool
	at   []headedTable
}

// headedTable is where a table under a heading is; seq orders the tables
// by page, then by place on the page.
type headedTable struct {
	page *pageDoc
	line int
	seq  int
}

// elsewhere returns the first table of g that is not on pd.
func (g *headedGroup) elsewhere(pd *pageDoc) (headedTable, bool) {
	for _, t := range g.at {
		if t.page != pd {
			return t, true
		}
	}
	return headedTable{}, false
}

// headedKey returns what groups a table under a heading with the same
// table under the same heading on other pages, the last segment of the
// heading, the table's kind and its members, and the members. It is
// worked out once per heading, while the pages are read concurrently
// (sortFieldRows), rather than in the serial build.
func (pd *pageDoc) headedKey(d *defDoc) (string, map[string]bool) {
	if d.keyName != d.name || d.sig == nil {
		d.sig = signature(pd, d.table)
		members := make([]string, 0, len(d.sig))
		for m := range d.sig {
			members = append(members, m)
		}
		slices.Sort(members)
		d.key = fmt.Sprintf("%s\x00%d\x00%s", lastSegment(d.name), d.table.Kind(), strings.Join(members, "\x00"))
		d.keyName = d.name
	}
	return d.key, d.sig
}

// headedTables groups the tables the pages put under a heading by the
// last segment of the heading, then by kind and members.
func headedTables(docs []*pageDoc) map[string][]*headedGroup {
	idx := map[string][]*headedGroup{}
	groups := map[string]*headedGroup{}
	seq := 0
	for _, pd := range docs {
		for _, d := range pd.defs {
			if d.name == "" {
				continue
			}
			seg, kind := lastSegment(d.name), d.table.Kind()
			key, sig := pd.headedKey(d)
			g := groups[key]
			if g == nil {
				g = &headedGroup{kind: kind, sig: sig}
				groups[key] = g
				idx[seg] = append(idx[seg], g)
			}
			if len(g.at) == 0 || len(g.at) == 1 && g.at[0].page != pd {
				g.at = append(g.at, headedTable{pd, d.table.Line, seq})
			}
			seq++
		}
	}
	return idx
}

// crossPageEvidence looks for a table under a heading on another page
// with the same members as d; among equally similar tables the first in
// page order is quoted. Two pending types matching equally well is no
// evidence.
func (b *builder) crossPageEvidence(pd *pageDoc, d *defDoc, pending []ref) (string, string) {
	sig := signature(pd, d.table)
	if len(sig) == 0 {
		return "", ""
	}
	kind, payload := d.table.Kind(), pd.payloadType()
	best, where, bestScore, tie := "", "", 0.0, false
	for _, p := range pending {
		if p.name == payload {
			continue // every page has its own payload type
		}
		score, at := 0.0, headedTable{}
		for _, g := range b.headed[lastSegment(p.name)] {
			t, ok := g.elsewhere(pd)
			if !ok || g.kind != kind {
				continue
			}
			if s := similarity(sig, g.sig); s > score || s == score && s > 0 && t.seq < at.seq {
				score, at = s, t
			}
		}
		switch {
		case score > bestScore:
			best, where, bestScore, tie = p.name, fmt.Sprintf("%s:%d", at.page.name, at.line), score, false
		case score == bestScore && score > 0:
			tie = true
		}
	}
	if tie || bestScore < 0.5 {
		return "", ""
	}
	return best, fmt.Sprintf("same members as %s at %s", best, where)
}

// signature is the set of a table's member names with their types.
func signature(pd *pageDoc, tb *pages.Table) map[string]bool {
	sig := map[string]bool{}
	switch tb.Kind() {
	case pages.KindFields:
		for _, fd := range pd.fieldRows(tb) {
			if fd.code != "" {
				sig[fd.code+" "+fd.typ] = true
			}
		}
	case pages.KindEnum:
		for _, r := range tb.Rows {
			if len(r.Cells) > 1 {
				sig[r.Cells[0]+" "+r.Cells[1]] = true
			}
		}
	}
	return sig
}

func similarity(a, b map[string]bool) float64 {
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// enumLikeRe matches type names that usually name enums.
var enumLikeRe = regexp.MustCompile(`(Code|Type|Kind|Status|State|Mode|Level|Result|Reason)$`)

// stopWords are words of type names that say nothing of what they hold.
var stopWords = map[string]bool{"item": true, "info": true, "param": true, "parameter": true, "model": true, "generic": true, "object": true}

// bestByProse picks, for a table without evidence, the pending type it most
// likely documents.
func bestByProse(d *defDoc, pending []ref) (string, string) {
	text := map[string]bool{}
	for _, w := range pages.Words(strings.Join(d.intro, " ")) {
		text[w] = true
	}
	for _, r := range d.table.Rows {
		for _, w := range pages.Words(strings.Join(r.Cells, " ")) {
			text[w] = true
		}
	}
	isEnum := d.table.Kind() == pages.KindEnum
	candidates := pending
	var before []ref
	for _, p := range pending {
		if p.line < d.table.Line {
			before = append(before, p)
		}
	}
	if len(before) > 0 {
		candidates = before
	}
	best, bestScore := "", -1.0
	for _, p := range candidates {
		score := 0.0
		if enumLikeRe.MatchString(p.name) == isEnum {
			score += 2
		}
		var ws []string
		for _, w := range pages.Words(lastSegment(p.name)) {
			if !stopWords[w] {
				ws = append(ws, w)
			}
		}
		hit := 0
		for _, w := range ws {
			if text[w] {
				hit++
			}
		}
		if len(ws) > 0 {
			score += 4 * float64(hit) / float64(len(ws))
		}
		if score > bestScore {
			best, bestScore = p.name, score
		}
	}
	if best == "" {
		return "", ""
	}
	return best, "the first type referred to before it whose name fits its kind and prose"
}
