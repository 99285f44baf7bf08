package read

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// An array query parameter is sent in one of two forms: the parameter
// repeated (?t=a&t=b), or one value of its items joined with commas
// (?t=a,b). A page that uses the second says so in the parameter's
// description ("Vessel types to include, comma separated"), or shows it in
// its example request; a page that says nothing means the first, the
// schema's default. The form is read from the description, else from the
// example with a warning, and a description and an example that disagree
// are warned of at the row: never guessed.

// commaFormRe matches a description's statement that a value's items are
// joined with commas: "comma separated", "comma-separated list", "comma
// delimited", "separated by commas", "separated by a comma", "delimited
// with ','", "joined with commas". Group 0 is the statement's words.
var commaFormRe = regexp.MustCompile("(?i)\\bcomma[\\s\\-\u2010\u2011]*(?:separated|delimited)\\b|\\b(?:separated|delimited|joined)\\s+(?:by|with)\\s+(?:a\\s+|the\\s+)?(?:commas?\\b|[`'\"],[`'\"]|\\(,\\))")

// CommaStatement returns the words of desc that state its items are
// joined with commas (commaFormRe), or "".
func CommaStatement(desc string) string {
	if !strings.Contains(desc, "omma") && !strings.Contains(desc, "OMMA") && !quotedComma(desc) {
		return "" // a cheap check: most descriptions name no comma
	}
	return commaFormRe.FindString(desc)
}

// quotedComma reports whether s holds a comma in quotes or parentheses,
// as "separated by ','" writes one.
func quotedComma(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ',' && (s[i-1] == s[i+1] && (s[i-1] == '\'' || s[i-1] == '"' || s[i-1] == '`') || s[i-1] == '(' && s[i+1] == ')') {
			return true
		}
	}
	return false
}

// StatedForms gives each array query parameter of fields whose
// description states that its items are joined with commas
// (CommaStatement) the form comma: the page says so, and reading it needs
// no warning.
func StatedForms(fields []*schema.Field) {
	for _, f := range fields {
		if f.Array && f.Form == "" && CommaStatement(f.Description) != "" {
			f.Form = schema.FormComma
		}
	}
}

// ExampleForms weighs the form of each array query parameter of fields
// against the query of an example request at line of page, values its
// parameters by name: one value holding a comma shows the items joined
// with commas, a parameter given more than once shows it repeated. A
// parameter whose description says nothing of its form takes the comma
// form the example shows, with a warning at its row; one whose
// description states the comma form (StatedForms) keeps it where the
// example repeats it, with a warning at its row: the table decides. A
// repeated example agrees with the default. target is what an override
// names the parameters' owner by ("" where none reaches it).
func ExampleForms(rep *pages.Reporter, target string, fields []*schema.Field, values map[string][]string, page string, line int) {
	for _, f := range fields {
		vs := values[f.Name]
		if !f.Array || len(vs) == 0 {
			continue
		}
		stated := CommaStatement(f.Description)
		switch {
		case len(vs) > 1 && stated != "":
			rep.Warn(f.At, "query parameter %s: its description says its items are joined with commas (%q), and the example request at %s repeats it (%s): read as joined with commas, as the row decides; if the server takes the parameter repeated, %s", f.Name, stated, pages.At(page, line), repeatedShown(f.Name, vs), FieldFix(target, f.Name, "form: null"))
		case len(vs) == 1 && strings.Contains(vs[0], ",") && stated == "" && f.Form == "":
			f.Form = schema.FormComma
			rep.Warn(f.At, "query parameter %s: read its items as one value joined with commas, as the example request at %s sends them (%s=%s), where its row says nothing of the form; if the server takes the parameter repeated (%s=a&%s=b), %s", f.Name, pages.At(page, line), f.Name, vs[0], f.Name, f.Name, FieldFix(target, f.Name, "form: null"))
		}
	}
}

// repeatedShown writes a parameter given more than once as a query does:
// "t=a&t=b".
func repeatedShown(name string, vs []string) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = fmt.Sprintf("%s=%s", name, v)
	}
	return strings.Join(parts, "&")
}

// QueryItems returns the items values stand for of query parameter f: an
// array's items joined with commas split at them (an empty value none),
// any other parameter's values as they are.
func QueryItems(f *schema.Field, values []string) []string {
	if !f.Array || f.Form != schema.FormComma {
		return values
	}
	var items []string
	for _, v := range values {
		if v != "" {
			items = append(items, strings.Split(v, ",")...)
		}
	}
	return items
}
