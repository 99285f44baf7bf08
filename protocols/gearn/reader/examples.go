package reader

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// A GearN page may end with an example request ("Example Request", then
// "POST /api/rJson/inventory/client/enchantItem HTTP/1.1", its headers
// and its body). Its request line is evidence of the endpoint it calls,
// which a section of the page declares: it never declares one. Where it
// agrees with that endpoint, its query string is evidence of the
// endpoint's query parameters; where the endpoint's section has no
// endpoint line, it gives the section its path, with a warning; where it
// contradicts the endpoint line, or calls an endpoint no section
// declares, it is left out with a warning.

// weighExamples settles what the page's example requests say of its
// endpoints, before they are built, and returns those that agree with an
// endpoint, with the endpoint, for their query strings to be weighed
// once it is built (weighQuery).
func (b *builder) weighExamples(pd *pageDoc) map[*requestLine]*endpointDoc {
	agreed := map[*requestLine]*endpointDoc{}
	for _, ex := range pd.examples {
		at := pages.At(pd.name, ex.line)
		pi, err := gearnPath(ex.method, ex.path)
		if err != nil {
			b.rep.Warn(at, "the example request at line %d is evidence of no endpoint, and is left out: %v", ex.line, err)
			continue
		}
		ep := pd.exampleEndpoint(ex, pi)
		switch {
		case ep == nil && pi.role != "":
			b.rep.Warn(at, "the example request at line %d calls %s %s as the %s role, which no section of the page documents: an example declares no endpoint, and it is left out; if the page documents that role, give it a section headed %s with its endpoint line", ex.line, ex.method, ex.path, pi.role, read.UpperFirst(pi.role))
		case ep == nil:
			b.rep.Warn(at, "the example request at line %d calls %s %s, which no endpoint line of the page names: an example declares no endpoint, and it is left out", ex.line, ex.method, ex.path)
		case ep.path == "" && len(exampleValues(ex.path, pi)) > 0:
			b.rep.Warn(at, "the example request at line %d calls %s %s, whose path holds %s, which reads as a value an example fills in, not a segment of the path: GearN's paths name no parameters, and which segment the example filled only the page can say; it gives the %s section at line %d no endpoint line, and is left out", ex.line, ex.method, ex.path, strings.Join(exampleValues(ex.path, pi), ", "), sectionName(ep.role), ep.line)
		case ep.path == "":
			ep.method, ep.path = ex.method, ex.path
			agreed[ex] = ep
			b.rep.Warn(at, "recovered the endpoint line of the %s section at line %d, which has none: %s %s, from the example request at line %d", sectionName(ep.role), ep.line, ex.method, ex.path, ex.line)
		case ep.method != ex.method || !strings.EqualFold(ep.path, ex.path):
			b.rep.Warn(at, "the example request at line %d calls %s %s, but the endpoint line at line %d declares %s %s: the endpoint line decides, and the example is left out; correct the one that is wrong", ex.line, ex.method, ex.path, ep.line, ep.method, ep.path)
		default:
			agreed[ex] = ep
		}
	}
	return agreed
}

// exampleValues are the segments of an example request's path that read
// as values an example fills in (read.ValueSegments): those before the
// request type and the operation code of a path outside GearN's form,
// which no part of the protocol names. GearN's form names each of its
// segments, and leaves none to a value.
func exampleValues(path string, pi pathInfo) []string {
	if pi.postType != "" {
		return nil
	}
	segs := strings.Split(path, "/")
	return read.ValueSegments(strings.Join(segs[:len(segs)-2], "/"))
}

// sectionName names an endpoint's section by its role, or as "endpoint"
// when no role heads it.
func sectionName(role string) string {
	if role == "" {
		return "endpoint"
	}
	return read.UpperFirst(role)
}

// exampleEndpoint returns the endpoint of the page an example request
// calls: the one of the role its path names, or, for a path that names
// none, the one with its path, or the page's only endpoint; nil when
// none is.
func (pd *pageDoc) exampleEndpoint(ex *requestLine, pi pathInfo) *endpointDoc {
	if pi.role != "" {
		for _, ep := range pd.endpoints {
			if ep.pathRole() == pi.role {
				return ep
			}
		}
		return nil
	}
	for _, ep := range pd.endpoints {
		if strings.EqualFold(ep.path, ex.path) {
			return ep
		}
	}
	if len(pd.endpoints) == 1 {
		return pd.endpoints[0]
	}
	return nil
}

// pathRole is the role of an endpoint: its section's, or else the one
// its path names.
func (ep *endpointDoc) pathRole() string {
	if ep.role != "" || ep.path == "" {
		return ep.role
	}
	pi, err := gearnPath(ep.method, ep.path)
	if err != nil {
		return ""
	}
	return pi.role
}

// weighQuery checks the names of the parameters a query string passes
// (an endpoint line's, or an example request's that agrees with it)
// against the query parameters the endpoint documents, and warns of
// those it does not document: the table decides, and the query string
// adds none.
func (b *builder) weighQuery(page string, e *schema.Endpoint, query, what string, line int) {
	var undocumented []string
	for _, name := range queryNames(query) {
		if !slices.ContainsFunc(e.Query, func(f *schema.Field) bool { return f.Name == name }) {
			undocumented = append(undocumented, name)
		}
	}
	if len(undocumented) == 0 {
		return
	}
	params, them, take, rows := "the query parameter "+undocumented[0], "it is", "it", "its row"
	if len(undocumented) > 1 {
		params, them, take, rows = "the query parameters "+strings.Join(undocumented, ", "), "they are", "them", "their rows"
	}
	if len(e.Query) == 0 {
		b.rep.Warn(pages.At(page, line), "%s at line %d names %s, but the page documents no query parameters of %s %s: %s left out; if the endpoint takes %s, document %s in a table titled \"Query Parameters\"", what, line, params, e.Method, e.Path, them, take, take)
		return
	}
	b.rep.Warn(pages.At(page, line), "%s at line %d names %s, which the query parameters of %s %s do not: %s left out, as the table decides; if the endpoint takes %s, add %s to the table", what, line, params, e.Method, e.Path, them, take, rows)
}

// weighQueryValues checks the values an example request that agrees
// with its endpoint passes in its query against the rows of the query
// parameters it names, and warns of each value that contradicts its row
// (of another type, outside the documented bounds, not among the
// documented values or members, too many or too few for an array): the
// table decides, and the warning says where the page disagrees with
// itself. The form of an array it passes is weighed first
// (read.ExampleForms), and the items of one joined with commas are
// checked each; target is what an override names the endpoint by.
func (b *builder) weighQueryValues(page string, e *schema.Endpoint, ex *requestLine, target string) {
	values, _ := url.ParseQuery(ex.query)
	read.ExampleForms(b.rep, target, e.Query, values, page, ex.line)
	var why []string
	for _, f := range e.Query {
		vs := values[f.Name]
		if len(vs) == 0 {
			vs = values[f.Name+"[]"]
		}
		vs = read.QueryItems(f, vs)
		if len(vs) == 0 {
			continue
		}
		if !f.Array && len(vs) > 1 {
			why = append(why, fmt.Sprintf("%s is passed %d times, but is no array", f.Name, len(vs)))
		}
		if f.Array && (f.MinItems != nil && len(vs) < *f.MinItems || f.MaxItems != nil && len(vs) > *f.MaxItems) {
			why = append(why, fmt.Sprintf("%s is passed %d times, outside its %s", f.Name, len(vs), itemBounds(f)))
		}
		for _, v := range vs {
			if c := b.contradiction(f, v); c != "" {
				why = append(why, c)
			}
		}
	}
	if len(why) > 0 {
		b.rep.Warn(pages.At(page, ex.line), "the example request at line %d contradicts the query parameters of %s %s, which decide: %s; correct the one that is wrong", ex.line, e.Method, e.Path, strings.Join(why, "; "))
	}
}

// contradiction says how one value of a query parameter contradicts the
// parameter's row, or "" when it agrees with it.
func (b *builder) contradiction(f *schema.Field, v string) string {
	if en := b.enums[f.Type]; en != nil {
		for _, m := range en.Members {
			if v == strconv.Itoa(m.Code) || v == m.Name {
				return ""
			}
		}
		return fmt.Sprintf("%s=%s is no member of %s, by code or name", f.Name, v, f.Type)
	}
	switch f.Type {
	case schema.Integer, schema.Number:
		n, err := strconv.ParseFloat(v, 64)
		switch {
		case err != nil || f.Type == schema.Integer && n != math.Trunc(n):
			return fmt.Sprintf("%s=%s is no %s", f.Name, v, f.Type)
		case f.Minimum != nil && n < *f.Minimum, f.Maximum != nil && n > *f.Maximum:
			return fmt.Sprintf("%s=%s is outside its bounds (%s)", f.Name, v, valueBounds(f))
		}
	case schema.Boolean:
		if _, err := strconv.ParseBool(v); err != nil {
			return fmt.Sprintf("%s=%s is no boolean", f.Name, v)
		}
	case schema.String:
		n := utf8.RuneCountInString(v)
		switch {
		case len(f.Values) > 0 && !slices.Contains(f.Values, v):
			return fmt.Sprintf("%s=%s is none of its values (%s)", f.Name, v, strings.Join(f.Values, ", "))
		case f.MinLength != nil && n < *f.MinLength, f.MaxLength != nil && n > *f.MaxLength:
			return fmt.Sprintf("%s=%s has %d characters, outside its length (%s)", f.Name, v, n, lengthBounds(f))
		}
	}
	return ""
}

// valueBounds, lengthBounds and itemBounds say a field's bounds for a
// message: "from 1 to 10", "at least 2", "at most 6".
func valueBounds(f *schema.Field) string {
	return bounds(f.Minimum, f.Maximum, func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) })
}

func lengthBounds(f *schema.Field) string {
	return bounds(f.MinLength, f.MaxLength, strconv.Itoa) + " characters"
}

func itemBounds(f *schema.Field) string {
	return bounds(f.MinItems, f.MaxItems, strconv.Itoa) + " items"
}

func bounds[T any](lo, hi *T, show func(T) string) string {
	switch {
	case lo != nil && hi != nil:
		return "from " + show(*lo) + " to " + show(*hi)
	case lo != nil:
		return "at least " + show(*lo)
	case hi != nil:
		return "at most " + show(*hi)
	}
	return "any"
}
