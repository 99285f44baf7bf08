package pages

import (
	"regexp"
	"slices"
	"strings"
)

// A page states some facts in a sentence of their own, a paragraph of
// one line ("Require permission rules x.y.selfEnable. See
// PermissionRules", "POST /api/…"). A copy, an editor or a converter may
// set that sentence in another block than a paragraph: a list item ("- ",
// "* ", "+ ", "1. ", "2) ", a typed bullet "• ", a text browser's "  * "),
// a quote ("> "), a definition (": ", "~ ", as Markdown Extra and pandoc
// write one under its term), or bold whole ("**…**", "__…__"); and
// several at once ("- **…**"). The block's text is still the page's
// text: the sentence is that text without its block's marks (Sentence),
// and the marks say in which block the page set it (Form). A protocol
// tells which sentences decide a fact; Unmark reads those where their
// words decide them, with a warning naming the form, so that no fact is
// lost to the form it stands in.

// Form is the kind of block that sets a sentence apart, by its marks.
type Form string

const (
	FormListItem   Form = "a list item"
	FormQuote      Form = "a quote"
	FormDefinition Form = "a definition"
	FormBold       Form = "bold"
	FormCallout    Form = "a callout's title"
)

// sentenceMarkRe matches the mark of a block before its text: a list
// item's bullet or number, a quote's mark, a definition's; its groups
// tell which.
var sentenceMarkRe = regexp.MustCompile(`^(?:([-*+•·]|\d{1,3}[.)])|(>)|([:~]))[ \t]+`)

// alertTextRe matches GitHub's alert with text on its line ("[!NOTE]
// text"): its kind, and the text.
var alertTextRe = regexp.MustCompile(`^\[!(\w+)\][ \t]+(\S.*)$`)

// markStarts are the bytes a block's mark, bold or callout begins with: a
// line that begins with no other is tried against sentenceMarkRe.
const markStarts = "-*+>:~_!?[0123456789\xe2\xc2"

// Sentence returns a text line without the marks of the blocks it stands
// in (a list item, a quote, a definition, bold whole, a callout whose
// title or first line it is: "::: tip …", "!!! note \"…\"", "[!NOTE] …";
// nested in any order) and without bold inside it ("**Require
// permission rules:** x.y"), and the forms of those blocks, outermost
// first; the line itself and none for a paragraph.
func Sentence(t string) (string, []Form) {
	var forms []Form
	for t != "" && strings.IndexByte(markStarts, t[0]) >= 0 {
		if inner, ok := bold(t); ok {
			t, forms = inner, append(forms, FormBold)
			continue
		}
		if inner, ok := calloutText(t); ok {
			t, forms = inner, append(forms, FormCallout)
			continue
		}
		m := sentenceMarkRe.FindStringSubmatch(t)
		if m == nil {
			break
		}
		switch {
		case m[1] != "":
			forms = append(forms, FormListItem)
		case m[2] != "":
			forms = append(forms, FormQuote)
		default:
			forms = append(forms, FormDefinition)
		}
		t = strings.TrimSpace(t[len(m[0]):])
	}
	if strings.Count(t, "**") >= 2 && strings.Count(t, "**")%2 == 0 {
		t, forms = strings.ReplaceAll(t, "**", ""), append(forms, FormBold)
	}
	return t, forms
}

// calloutText returns the text a callout's opening line holds after its
// kind (a known label: isCalloutWord), its title ("::: tip Title", "!!!
// note \"Title\"") or GitHub's alert's first line ("[!NOTE] text"), and
// true; false for a line that opens none, or opens one without text.
func calloutText(t string) (string, bool) {
	m := admonitionRe.FindStringSubmatch(t)
	if m == nil {
		m = alertTextRe.FindStringSubmatch(t)
	}
	if m == nil || !isCalloutWord(m[1]) {
		return t, false
	}
	text := strings.TrimSpace(m[2])
	if len(text) >= 2 && text[0] == '"' && text[len(text)-1] == '"' {
		text = text[1 : len(text)-1]
	}
	return text, text != ""
}

// bold returns the text of a line in bold whole ("**…**", "__…__"),
// trimmed, and true; a line in single stars may be a list item's.
func bold(t string) (string, bool) {
	if !strings.HasPrefix(t, "**") && !strings.HasPrefix(t, "__") {
		return t, false
	}
	inner, ok := Emphasized(t)
	return strings.TrimSpace(inner), ok
}

// WarnSentence warns at a line that it was read as the sentence s, which
// the page sets in the blocks forms tells.
func WarnSentence(rep *Reporter, page string, line int, s string, forms []Form) {
	rep.Warn(At(page, line), "read line %d as the sentence %q: the page sets it as %s, where it states it as a line of its own; write it so", line, Clip(s), formsText(forms))
}

// formsText writes the forms of a sentence's blocks for a message: "a list item, bold".
func formsText(forms []Form) string {
	parts := make([]string, len(forms))
	for i, f := range forms {
		parts[i] = string(f)
	}
	return strings.Join(parts, ", ")
}

// Unmark reads the text lines of a page's blocks whose sentence decides a
// fact (decides holds for it, and not for the line as written) without
// their block's marks, with a warning at each that names the form the
// page set it in: read as the sentence it states, where a protocol would
// else pass it over as prose, and its fact lost.
func Unmark(page string, items []Block, decides func(sentence string) bool, rep *Reporter) []Block {
	var out []Block
	for i, it := range items {
		if it.Table != nil || it.Text == "" || strings.IndexByte(markStarts, it.Text[0]) < 0 {
			continue
		}
		s, forms := Sentence(it.Text)
		if len(forms) == 0 || !decides(s) || decides(it.Text) {
			continue
		}
		if out == nil {
			out = slices.Clone(items)
		}
		WarnSentence(rep, page, it.Line, s, forms)
		out[i].Text = s
	}
	if out == nil {
		return items
	}
	return out
}
