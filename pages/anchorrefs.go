package pages

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/docs2go/docs2go/schema"
)

// A tool that prints a link's target in place of the text it shows
// (UnRTF prints a HYPERLINK field's instruction and drops its result,
// `See "#genericmodels-bladestate"`), or a converter that keeps a link
// whose text it lost (Markdown's "[](#tempergrade)", HTML's
// `<a href="#tempergrade"></a>`), leaves a "See X" that names its type
// by the anchor of the type's heading only: the type's name is gone.
// The page's own headings give it back: a docs site makes each
// heading's anchor of its title (VitePress: in lower case, each run of
// other characters than letters and digits a hyphen, "_" before one
// that begins with a digit), and the anchor of exactly one title is that
// title's. An anchor of no title, or of two, is refused at its line.

// anchorRefRe matches a "See" whose type is a link to an anchor shown
// without its text: the target in quotes, an empty HTML anchor, or the
// start of an empty Markdown link, "[](", whose target runs on as a
// link's does (LinkTarget). The target may hold the page's address
// before the fragment; the fragment is the submatch of whichever of the
// first two forms matched.
var anchorRefRe = regexp.MustCompile(`\bSee\s+(?:"[^"\s]*#([^"\s#]+)"|<a\s[^<>]*href="[^"\s]*#([^"\s#]+)"[^<>]*>\s*</a>|\[\]\()`)

// anchorRef is a "See" whose type is an anchor alone (anchorRefRe): where
// it starts and ends in its text, and the anchor's fragment.
type anchorRef struct {
	start, end int
	frag       string
}

// anchorRefsIn returns the anchorRefs of t, in their order: an empty
// Markdown link's target is read as a link's is (LinkTarget, its
// parentheses nested: "See [](#Rink(/rink)-Sheet)"), and its fragment is
// what follows its one "#".
func anchorRefsIn(t string) []anchorRef {
	var out []anchorRef
	end := 0
	for _, m := range anchorRefRe.FindAllStringSubmatchIndex(t, -1) {
		if m[0] < end {
			continue // within the target before it
		}
		r := anchorRef{start: m[0], end: m[1]}
		switch {
		case m[2] >= 0:
			r.frag = t[m[2]:m[3]]
		case m[4] >= 0:
			r.frag = t[m[4]:m[5]]
		default:
			dest, n := LinkTarget(t[m[1]-1:])
			_, frag, ok := strings.Cut(dest, "#")
			if n == 0 || !ok || frag == "" || strings.Contains(frag, "#") {
				continue
			}
			r.end, r.frag = m[1]-1+n, frag
		}
		out = append(out, r)
		end = r.end
	}
	return out
}

// mayReferByAnchor reports whether t has a "See" that begins a word and
// that spaces and the start of one of anchorRefRe's forms follow (a
// quote, "[](", "<a"): a condition anchorRefRe's matches all meet, so
// that the pattern runs only on the texts that have one.
func mayReferByAnchor(t string) bool {
	for i := strings.Index(t, "See"); i >= 0; {
		if i == 0 || !isASCIIWordByte(t[i-1]) {
			k := i + 3
			for k < len(t) && IsRegexpSpace(t[k]) {
				k++
			}
			if rest := t[k:]; k > i+3 && (strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "[](") || strings.HasPrefix(rest, "<a")) {
				return true
			}
		}
		next := strings.Index(t[i+3:], "See")
		if next < 0 {
			return false
		}
		i += 3 + next
	}
	return false
}

// isASCIIWordByte reports whether c is a character of a word as a
// regexp's \b tells one: an ASCII letter, a digit or "_".
func isASCIIWordByte(c byte) bool {
	return IsASCIILetter(c) || c >= '0' && c <= '9' || c == '_'
}

// anchorSlug is a heading's title as a docs site makes it an anchor:
// its runs of letters and digits, in lower case, joined by hyphens.
func anchorSlug(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(words, "-")
}

// headingSlugs maps the anchor of each title among the text blocks (a
// line of maxTitleWords words at most, holding a letter) to the titles
// that make it, each once.
func headingSlugs(blocks []Block) map[string][]string {
	out := map[string][]string{}
	for _, b := range blocks {
		t := strings.TrimSpace(b.Text)
		if b.Table != nil || t == "" || len(strings.Fields(t)) > maxTitleWords || strings.IndexFunc(t, unicode.IsLetter) < 0 {
			continue
		}
		s := anchorSlug(t)
		if !slices.Contains(out[s], t) {
			out[s] = append(out[s], t)
		}
	}
	return out
}

// resolveAnchorRefs gives each "See" whose type is an anchor alone
// (anchorRefRe), in a text line or a table's cell, the title of the one
// heading of the page that has that anchor, with one warning; an anchor
// that no heading has, or two have, is refused at its line with the
// type's name to write in its place.
func resolveAnchorRefs(src Source, blocks []Block) {
	var slugs map[string][]string
	var lines []int
	var first string
	resolve := func(line int, t string) string {
		t = withoutEchoedAnchors(t)
		if !mayReferByAnchor(t) {
			return t
		}
		refs := anchorRefsIn(t)
		if len(refs) == 0 {
			return t
		}
		if slugs == nil {
			slugs = headingSlugs(blocks)
		}
		var b strings.Builder
		from := 0
		for _, r := range refs {
			m := t[r.start:r.end]
			b.WriteString(t[from:r.start])
			from = r.end
			slug := strings.TrimPrefix(strings.ToLower(r.frag), "_")
			titles := slugs[slug]
			if len(titles) != 1 {
				how := "no heading of the page has it"
				if len(titles) > 1 {
					how = "the headings " + strings.Join(titles, ", ") + " all have it"
				}
				src.Report.FailKnowing(schema.KnowsFix, At(src.Name, line), "line %d refers to a type by the anchor #%s alone (%s), as a tool that prints a link's target in place of its text writes it, and %s: write the type's name in its place on the page (\"See TypeName\"), or, where the field's type cell is lost too, set its type with a fix {object: TYPE or operation: OPERATION, field: NAME, type: TypeName} in the overrides", line, r.frag, Clip(m), how)
				b.WriteString(m)
				continue
			}
			if len(lines) == 0 {
				first = Clip(m)
			}
			lines = append(lines, line)
			b.WriteString("See " + titles[0])
		}
		b.WriteString(t[from:])
		return b.String()
	}
	for k, b := range blocks {
		if b.Table == nil {
			blocks[k].Text = resolve(b.Line, b.Text)
			continue
		}
		for _, r := range b.Table.Rows {
			for i, c := range r.Cells {
				if t := resolve(r.Line, c); t != c {
					r.Cells[i], r.Raw = t, strings.Replace(r.Raw, c, t, 1)
				}
			}
		}
	}
	if len(lines) > 0 {
		src.Report.Warn(At(src.Name, lines[0]), "the page refers to types by the anchor of their heading alone (%s), as a tool that prints a link's target in place of its text writes them, at lines %s: read each as the title of the one heading of the page with that anchor", first, LineRanges(lines))
	}
}

// echoedAnchorRe matches a link's in-page target printed unquoted after
// the link's text, as lowdown -Tterm prints a link ("VoyageCoverage
// #voyagecoverage"); the submatch is the fragment.
var echoedAnchorRe = regexp.MustCompile(` #([A-Za-z0-9_-]+)`)

// withoutEchoedAnchors returns t without each link target printed after
// the link's text whose fragment is the anchor of that text (echoes):
// "GenericModels.InsuredCrate #genericmodels-insuredcrate[]" is the type
// cell "GenericModels.InsuredCrate[]". A target that names anything else
// stays text.
func withoutEchoedAnchors(t string) string {
	if !strings.Contains(t, " #") {
		return t
	}
	var b strings.Builder
	last := 0
	for _, loc := range echoedAnchorRe.FindAllStringSubmatchIndex(t, -1) {
		if !echoes(t[last:loc[0]], alnumLower(t[loc[2]:loc[3]])) {
			continue
		}
		b.WriteString(t[last:loc[0]])
		last = loc[1]
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	return b.String()
}

// echoes reports whether the last one to four words of before, their
// letters and digits in lower case (alnumLower), are frag: the words a
// docs site made the anchor of.
func echoes(before, frag string) bool {
	if frag == "" {
		return false
	}
	words := strings.Fields(before)
	for k := 1; k <= 4 && k <= len(words); k++ {
		if alnumLower(strings.Join(words[len(words)-k:], "")) == frag {
			return true
		}
	}
	return false
}
