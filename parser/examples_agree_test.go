package parser_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// TestExamplesAgreeWithTables states, for every page set of the fact
// corpus and of the http-status golden cases that Parse reads, that no
// example it keeps contradicts a table of the same pages: an example
// request's method and path are its endpoint's; its header values are
// among the documented values and have the documented format; its query
// parameters and its body members, and the members of an example answer
// whose body type a table documents, have values of the documented type.
// Examples are evidence, never authority (issue 12): a table fact the
// parser rebuilt from an example agrees with it by construction, so this
// test cannot see that defect, which the fact scorer counts; it sees an
// example and a table read apart that disagree.
func TestExamplesAgreeWithTables(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/facts/*")
	if err != nil {
		t.Fatal(err)
	}
	dirs = append(dirs, "../testdata/parse/kakao", "../testdata/parse/status-markdown")
	examples := 0 // the example requests compared
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "pages")); err != nil {
			continue // score.txt
		}
		res, err := parser.Parse(parser.CasePages(t, dir), parser.Options{Name: "x"})
		if err != nil {
			continue // a refused page set states nothing
		}
		for _, op := range res.API.Operations {
			for _, ep := range op.Endpoints {
				if ep.Example != nil {
					examples++
				}
			}
		}
		for _, c := range contradictions(res.API) {
			t.Errorf("%s: %s", filepath.Base(dir), c)
		}
	}
	if examples == 0 {
		t.Fatal("Parse kept no example request to compare")
	}
}

// TestContradictions checks the check: an example that disagrees with its
// table, in each way, is reported.
func TestContradictions(t *testing.T) {
	api := &schema.API{
		Name: "x", Protocol: schema.ProtocolHTTPStatus,
		Operations: []*schema.Operation{{
			Name: "list",
			Statuses: []*schema.Status{{Code: 200, Body: "Page", Examples: []*schema.Example{
				{Code: 200, Body: `{"total": "many", "items": [{"id": 7}]}`, At: schema.Pos{Page: "p.txt", Line: 40}},
			}}},
			Endpoints: []*schema.Endpoint{{
				Method: "GET", Path: "/service/v5/items",
				Headers: []*schema.Header{
					{Name: "Authorization", Format: "KakaoAK {ADMIN_KEY}"},
					{Name: "platform", Values: []string{"web", "mobile"}},
				},
				Query: []*schema.Field{{Name: "limit", Type: schema.Integer}, {Name: "all", Type: schema.Boolean}},
				Body:  []*schema.Field{{Name: "tags", Type: schema.String, Array: true}},
				Example: &schema.Example{
					Method: "POST", Path: "/service/v3/items?limit=ten&all=true",
					Headers: []*schema.ExampleHeader{
						{Name: "Authorization", Value: "Bearer abc", At: schema.Pos{Page: "p.txt", Line: 31}},
						{Name: "platform", Value: "pc", At: schema.Pos{Page: "p.txt", Line: 32}},
					},
					Body: `{"tags": "a"}`,
					At:   schema.Pos{Page: "p.txt", Line: 30},
				},
			}},
		}},
		Types: []*schema.Type{
			{Name: "Page", Fields: []*schema.Field{{Name: "total", Type: schema.Integer}, {Name: "items", Type: "Item", Array: true}}},
			{Name: "Item", Fields: []*schema.Field{{Name: "id", Type: schema.String}}},
		},
	}
	want := []string{
		`p.txt:30: operation list: the example request is a POST, the endpoint a GET`,
		`p.txt:30: operation list: the example request's path is /service/v3/items, the endpoint's /service/v5/items`,
		`p.txt:31: operation list: header Authorization: the example's "Bearer abc" has not the format KakaoAK {ADMIN_KEY}`,
		`p.txt:32: operation list: header platform: the example's "pc" is not among web, mobile`,
		`p.txt:30: operation list: query parameter limit: the example's "ten" is not of type integer`,
		`p.txt:30: operation list: body member tags: the example's "a" is not an array`,
		`p.txt:40: operation list, status 200: member total: the example's "many" is not of type integer`,
		`p.txt:40: operation list, status 200: member items.id: the example's 7 is not of type string`,
	}
	if got := contradictions(api); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// formatRe matches a placeholder of a quoted documented format:
// {ADMIN_KEY}.
var formatRe = regexp.MustCompile(`\\\{[^}]*\\\}`)

// paramRe matches a path parameter of a quoted path: {playerId}.
var paramRe = regexp.MustCompile(`\\\{[^/}]*\\\}`)

// pathRe matches the paths of a path template: /v1/players/42 for
// /v1/players/{playerId}.
func pathRe(template string) *regexp.Regexp {
	return regexp.MustCompile("^" + paramRe.ReplaceAllString(regexp.QuoteMeta(template), `[^/]+`) + "$")
}

// contradictions lists where an example of api disagrees with a table.
func contradictions(api *schema.API) []string {
	var out []string
	for _, op := range api.Operations {
		o := "operation " + op.Name
		for _, ep := range op.Endpoints {
			ex := ep.Example
			if ex == nil {
				continue
			}
			say := func(at schema.Pos, format string, args ...any) {
				out = append(out, fmt.Sprintf("%s: %s: ", at, o)+fmt.Sprintf(format, args...))
			}
			path, rawQuery, _ := strings.Cut(ex.Path, "?")
			if ex.Method != "" && ex.Method != ep.Method {
				say(ex.At, "the example request is a %s, the endpoint a %s", ex.Method, ep.Method)
			}
			if path != "" && !pathRe(ep.Path).MatchString(path) {
				say(ex.At, "the example request's path is %s, the endpoint's %s", path, ep.Path)
			}
			for _, eh := range ex.Headers {
				for _, h := range ep.Headers {
					if !strings.EqualFold(h.Name, eh.Name) {
						continue
					}
					if len(h.Values) > 0 && !slices.Contains(h.Values, eh.Value) {
						say(eh.At, "header %s: the example's %q is not among %s", h.Name, eh.Value, strings.Join(h.Values, ", "))
					}
					if h.Format != "" && !regexp.MustCompile("^"+formatRe.ReplaceAllString(regexp.QuoteMeta(h.Format), `\S+`)+"$").MatchString(eh.Value) {
						say(eh.At, "header %s: the example's %q has not the format %s", h.Name, eh.Value, h.Format)
					}
				}
			}
			q, _ := url.ParseQuery(rawQuery)
			for _, f := range ep.Query {
				for _, v := range read.QueryItems(f, q[f.Name]) {
					if why := misfit(api, f, v, "", 0); why != "" {
						say(ex.At, "query parameter %s: %s", f.Name, why)
					}
				}
			}
			for _, w := range membersMisfit(api, ep.Body, ex.Body) {
				say(ex.At, "body member %s", w)
			}
		}
		for _, s := range op.Statuses {
			t := api.TypeByName(s.Body)
			if t == nil || t.Inferred {
				continue
			}
			for _, ex := range s.Examples {
				for _, w := range membersMisfit(api, t.Fields, ex.Body) {
					out = append(out, fmt.Sprintf("%s: %s, status %s: member %s", ex.At, o, s.String(), w))
				}
			}
		}
	}
	return out
}

// membersMisfit lists the members of a JSON object text whose values do
// not fit the fields of the same name; text that is no JSON object says
// nothing.
func membersMisfit(api *schema.API, fields []*schema.Field, text string) []string {
	var obj map[string]any
	if json.Unmarshal([]byte(text), &obj) != nil {
		return nil
	}
	var out []string
	for _, f := range fields {
		v, ok := obj[f.Name]
		if !ok {
			continue
		}
		if why := misfit(api, f, "", v, 1); why != "" {
			out = append(out, f.Name+why)
		}
	}
	return out
}

// misfit tells why a value does not fit field f: a query string (raw,
// depth 0) or a decoded JSON value (v, depth 1 and more). It returns ""
// when it fits, and else ": the example's … is not …", or ".member: …"
// for a member of a nested type.
func misfit(api *schema.API, f *schema.Field, raw string, v any, depth int) string {
	if depth == 0 {
		ok := true
		switch f.Type {
		case schema.Integer:
			_, err := strconv.ParseInt(raw, 10, 64)
			ok = err == nil
		case schema.Number:
			_, err := strconv.ParseFloat(raw, 64)
			ok = err == nil
		case schema.Boolean:
			_, err := strconv.ParseBool(raw)
			ok = err == nil
		}
		switch {
		case !ok:
			return fmt.Sprintf("the example's %q is not of type %s", raw, f.Type)
		case len(f.Values) > 0 && !slices.Contains(f.Values, raw):
			return fmt.Sprintf("the example's %q is not among %s", raw, strings.Join(f.Values, ", "))
		}
		return ""
	}
	if v == nil {
		return ""
	}
	shown, _ := json.Marshal(v)
	if f.Array {
		items, ok := v.([]any)
		if !ok {
			return fmt.Sprintf(": the example's %s is not an array", shown)
		}
		one := *f
		one.Array = false
		for _, it := range items {
			if why := misfit(api, &one, "", it, depth+1); why != "" {
				return why
			}
		}
		return ""
	}
	kind := ""
	switch x := v.(type) {
	case string:
		kind = schema.String
		if len(f.Values) > 0 && !slices.Contains(f.Values, x) {
			return fmt.Sprintf(": the example's %s is not among %s", shown, strings.Join(f.Values, ", "))
		}
	case bool:
		kind = schema.Boolean
	case float64:
		kind = schema.Number
		if x == float64(int64(x)) {
			kind = schema.Integer
		}
	case map[string]any:
		kind = "object"
	}
	switch f.Type {
	case schema.String, schema.Boolean:
		if kind != f.Type {
			return fmt.Sprintf(": the example's %s is not of type %s", shown, f.Type)
		}
	case schema.Integer:
		if kind != schema.Integer {
			return fmt.Sprintf(": the example's %s is not of type %s", shown, f.Type)
		}
	case schema.Number:
		if kind != schema.Integer && kind != schema.Number {
			return fmt.Sprintf(": the example's %s is not of type %s", shown, f.Type)
		}
	case schema.Hashtable:
		if kind != "object" {
			return fmt.Sprintf(": the example's %s is not an object", shown)
		}
	default:
		t := api.TypeByName(f.Type)
		if t == nil || t.Inferred {
			return "" // an enum, any, or a type read from an example
		}
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Sprintf(": the example's %s is not an object", shown)
		}
		for _, m := range t.Fields {
			if mv, ok := obj[m.Name]; ok {
				if why := misfit(api, m, "", mv, depth+1); why != "" {
					return "." + m.Name + why
				}
			}
		}
	}
	return ""
}
