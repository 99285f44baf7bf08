package parser_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// -update rewrites the goldens. The parser's own golden tests define the
// flag; this package defines it when they do not, so that it does not
// depend on them.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files")
	}
}

// updating reports whether the test runs with -update.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// fact is one thing a schema states about the API: key names it ("operation
// grantItems, server endpoint, body field reason: maxLength"), value is
// what the schema says; at is where it says it, owner names the table or
// section that holds it ("type GenericModels.ItemInstance") and ownerAt is
// where that is.
type fact struct {
	key, value, owner string
	at, ownerAt       schema.Pos
}

// apiFacts lists the facts of a schema in its order: each endpoint's
// method and path, and on GearN its post type, permission and secret
// role; each header's requiredness, type, values and format; each field's
// type, array, required, bounds, values and default (the envelope's, the
// query parameters', the bodies', the types'); each enum member's code;
// each operation's response type, and its error codes (GearN) or its
// statuses, each a code or a range, with its body type and detail codes.
// Descriptions are not facts.
func apiFacts(api *schema.API) []fact {
	var fs []fact
	field := func(owner string, f *schema.Field, ownerAt schema.Pos) {
		k := owner + ", field " + f.Name + ": "
		add := func(what, value string) { fs = append(fs, fact{k + what, value, owner, f.At, ownerAt}) }
		add("type", f.Type)
		add("array", strconv.FormatBool(f.Array))
		add("required", strconv.FormatBool(f.Required))
		for _, b := range []struct {
			name string
			i    *int
			f    *float64
		}{{"minLength", f.MinLength, nil}, {"maxLength", f.MaxLength, nil}, {"minimum", nil, f.Minimum}, {"maximum", nil, f.Maximum}, {"minItems", f.MinItems, nil}, {"maxItems", f.MaxItems, nil}} {
			switch {
			case b.i != nil:
				add(b.name, strconv.Itoa(*b.i))
			case b.f != nil:
				add(b.name, strconv.FormatFloat(*b.f, 'g', -1, 64))
			}
		}
		if len(f.Values) > 0 {
			add("values", strings.Join(f.Values, ", "))
		}
		if f.Default != nil {
			add("default", fmt.Sprint(f.Default))
		}
	}
	gearn := api.Protocol == schema.ProtocolGearN
	if e := api.Envelope; e != nil {
		for _, f := range e.Fields {
			field("envelope", f, e.At)
		}
	}
	for _, op := range api.Operations {
		o := "operation " + op.Name
		fs = append(fs, fact{o + ": response", op.Response, o, op.At, op.At})
		if gearn {
			fs = append(fs, fact{o + ": error codes", strings.Join(op.ErrorCodes, " "), o, op.At, op.At})
		}
		for _, s := range op.Statuses {
			k := o + ", status " + s.String() + ": "
			fs = append(fs, fact{k + "body", s.Body, o, s.At, op.At})
			if len(s.Details) > 0 {
				codes := make([]string, len(s.Details))
				for i, d := range s.Details {
					codes[i] = strconv.Itoa(d.Code)
				}
				fs = append(fs, fact{k + "detail codes", strings.Join(codes, " "), o, s.Details[0].At, op.At})
			}
		}
		for _, ep := range op.Endpoints {
			e := endpointName(op, ep)
			props := [][2]string{{"method", ep.Method}, {"path", ep.Path}}
			if gearn {
				props = append(props, [][2]string{{"post type", ep.PostType}, {"permission", ep.Permission}, {"secret role", ep.SecretRole}}...)
			}
			for _, f := range props {
				fs = append(fs, fact{e + ": " + f[0], f[1], e, ep.At, ep.At})
			}
			for _, h := range ep.Headers {
				k := e + ", header " + h.Name + ": "
				fs = append(fs, fact{k + "required", string(h.Required), e, h.At, ep.At})
				for _, v := range [][2]string{{"type", h.Type}, {"values", strings.Join(h.Values, ", ")}, {"format", h.Format}} {
					if v[1] != "" {
						fs = append(fs, fact{k + v[0], v[1], e, h.At, ep.At})
					}
				}
			}
			for _, f := range ep.PathParams {
				field(e+", path", f, ep.At)
			}
			for _, f := range ep.Query {
				field(e+", query", f, ep.At)
			}
			for _, f := range ep.Body {
				field(e+", body", f, ep.At)
			}
		}
	}
	for _, t := range api.Types {
		for _, f := range t.Fields {
			field("type "+t.Name, f, t.At)
		}
	}
	for _, en := range api.Enums {
		for _, m := range en.Members {
			fs = append(fs, fact{"enum " + en.Name + ", member " + m.Name + ": code", strconv.Itoa(m.Code), "enum " + en.Name, m.At, en.At})
		}
	}
	return fs
}

// endpointName names an endpoint as fact.owner does: by its role on
// GearN ("operation grantItems, server endpoint"), plainly where an
// operation has one endpoint and no roles.
func endpointName(op *schema.Operation, ep *schema.Endpoint) string {
	if ep.Role == "" {
		return "operation " + op.Name + ", endpoint"
	}
	return "operation " + op.Name + ", " + ep.Role + " endpoint"
}

// apiOwners is the set of the owners of facts a schema has, as
// fact.owner names them, whether they hold facts or not; an endpoint's
// query and body ("operation x, endpoint, body") where it has them.
func apiOwners(api *schema.API) map[string]bool {
	out := map[string]bool{}
	if api.Envelope != nil {
		out["envelope"] = true
	}
	for _, op := range api.Operations {
		out["operation "+op.Name] = true
		for _, ep := range op.Endpoints {
			e := endpointName(op, ep)
			out[e] = true
			if len(ep.PathParams) > 0 {
				out[e+", path"] = true
			}
			if len(ep.Query) > 0 {
				out[e+", query"] = true
			}
			if len(ep.Body) > 0 {
				out[e+", body"] = true
			}
		}
	}
	for _, t := range api.Types {
		out["type "+t.Name] = true
	}
	for _, e := range api.Enums {
		out["enum "+e.Name] = true
	}
	return out
}

// tally counts a parse's facts against the expected ones. Right facts are
// read as expected; warned ones are wrong (or missing, or extra) with a
// warning at their line or their owner's; silent ones are wrong with none;
// refused ones are missing because the parse failed with a located error:
// all of the pages' facts when it failed otherwise than by holes, and
// only the facts of the holes' rows when holes are its only errors (the
// rest of its schema is what the user gets once the overrides the errors
// print fill the holes); a table's hole, at its header line, holds the
// facts of the type documented there.
type tally struct {
	facts, right, warned, silent, refused int
}

func (t *tally) add(o tally) {
	t.facts += o.facts
	t.right += o.right
	t.warned += o.warned
	t.silent += o.silent
	t.refused += o.refused
}

// score compares what Parse gave (got, or err) with the expected schema,
// and lists the silently wrong facts, each as "key: got X, want Y". holes
// are the parse's open holes when they are its only errors: got is then
// its schema with the holes.
func score(want, got *schema.API, warnings schema.Diagnostics, holes schema.Holes, err error) (tally, []string) {
	wfs := apiFacts(want)
	var t tally
	t.facts = len(wfs)
	lost := map[schema.Pos]bool{}
	for _, h := range holes {
		if !h.Filled() {
			lost[h.At] = true
		}
	}
	// tables are the header lines of the tables whose holes are open (a
	// table nothing places, or gives to one type): the facts of its rows
	// are lost with it, those missing from the header line on up to the
	// first fact the parse read after it.
	var tables []schema.Pos
	for _, h := range holes {
		if h.Fact == schema.FactTable || h.Fact == schema.FactSection {
			tables = append(tables, h.At)
		}
	}
	if err != nil && len(lost) == 0 {
		ds, _ := err.(schema.Diagnostics)
		located := false
		for _, d := range ds {
			located = located || d.Pos.Line > 0
		}
		if located {
			t.refused = len(wfs)
			return t, nil
		}
		t.silent = len(wfs)
		return t, []string{"the parse failed without a located error: " + err.Error()}
	}
	at := map[schema.Pos][]string{}
	for _, w := range warnings {
		at[w.Pos] = append(at[w.Pos], w.Msg)
	}
	// warned tells whether a warning at p concerns f, whose values are
	// vals (see concerns).
	warned := func(p schema.Pos, f fact, vals ...string) bool {
		return slices.ContainsFunc(at[p], func(m string) bool { return concerns(m, f, vals) })
	}
	wantOwners, gotOwners := apiOwners(want), apiOwners(got)
	gfs := map[string]fact{}
	gotFacts := apiFacts(got)
	for _, f := range gotFacts {
		gfs[f.key] = f
	}
	// reported tells whether a warning reports a wrong fact: one at its
	// line, or, when the other schema has no table of its owner's name (a
	// table read as another), one at its owner's line.
	reported := func(f fact, others map[string]bool) bool {
		return warned(f.at, f, f.value) || !others[f.owner] && warned(f.ownerAt, f, f.value)
	}
	// underTable reports whether a missing fact at p is a row of a table
	// whose hole is open: on its page, after its header line, with no
	// fact the parse read between them.
	underTable := func(p schema.Pos) bool {
		for _, h := range tables {
			if h.Page != p.Page || h.Line >= p.Line {
				continue
			}
			read := slices.ContainsFunc(gotFacts, func(g fact) bool {
				return g.at.Page == p.Page && g.at.Line > h.Line && g.at.Line < p.Line
			})
			if !read {
				return true
			}
		}
		return false
	}
	var silent []string
	seen := map[string]bool{}
	for _, w := range wfs {
		seen[w.key] = true
		g, ok := gfs[w.key]
		switch {
		case lost[w.at], lost[w.ownerAt], !ok && underTable(w.at):
			t.refused++
		case ok && g.value == w.value:
			t.right++
		case ok && (warned(g.at, w, g.value, w.value) || warned(w.at, w, g.value, w.value)), !ok && reported(w, gotOwners):
			t.warned++
		default:
			t.silent++
			silent = append(silent, fmt.Sprintf("%s: got %s, want %s", w.key, shown(g.value, ok), shown(w.value, true)))
		}
	}
	for _, g := range gotFacts {
		if seen[g.key] || lost[g.at] || lost[g.ownerAt] {
			continue
		}
		// A fact the pages do not state: wrong, reported or not.
		t.facts++
		if reported(g, wantOwners) {
			t.warned++
			continue
		}
		t.silent++
		silent = append(silent, fmt.Sprintf("%s: got %s, want %s", g.key, shown(g.value, true), shown("", false)))
	}
	return t, silent
}

// subjectRe finds the name of a fact's field, header or member in its
// key ("type Balance, field currency: maxLength").
var subjectRe = regexp.MustCompile(`, (?:field|header|member) (.+?): [^:]+$`)

// concerns tells whether the warning msg, at the line of the fact f or of
// its owner, is about f: it names f's field, header or member, f's owner
// (its operation, type or enum; "envelope"), or one of vals, f's wrong
// and right values (a list value "a, b" by any of its items; a bare true
// or false names nothing). A warning there about another matter (how a
// table was printed, other members, a status table's missing header)
// does not report f: it stays silent.
func concerns(msg string, f fact, vals []string) bool {
	var words []string
	if m := subjectRe.FindStringSubmatch(f.key); m != nil {
		words = append(words, m[1])
	}
	owner := f.owner
	for _, p := range []string{"operation ", "type ", "enum "} {
		owner = strings.TrimPrefix(owner, p)
	}
	owner, _, _ = strings.Cut(owner, ", ")
	words = append(words, owner)
	for _, v := range vals {
		if v != "" && v != "true" && v != "false" {
			words = append(words, v)
			if strings.Contains(v, ", ") {
				words = append(words, strings.Split(v, ", ")...)
			}
		}
	}
	return slices.ContainsFunc(words, func(w string) bool { return mentions(msg, w) })
}

// mentions tells whether msg names word: as a whole word, in any case, or
// (a word of four letters or more) as a run of up to three adjacent words
// of msg that spell it once the case and what separates them are dropped
// ("user id", "user_id" and "User-Id" name userId).
func mentions(msg, word string) bool {
	if word == "" {
		return false
	}
	lm, lw := strings.ToLower(msg), strings.ToLower(word)
	inWord := func(s string, i int) bool {
		if i < 0 || i >= len(s) {
			return false
		}
		c := s[i]
		return c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
	}
	for i := 0; ; {
		j := strings.Index(lm[i:], lw)
		if j < 0 {
			break
		}
		j += i
		if !inWord(lm, j-1) && !inWord(lm, j+len(lw)) {
			return true
		}
		i = j + 1
	}
	w := spelled(lw)
	if len(w) < 4 {
		return false
	}
	toks := tokenRe.FindAllString(lm, -1)
	for i := range toks {
		run := ""
		for k := i; k < len(toks) && k < i+3; k++ {
			run += spelled(toks[k])
			if run == w {
				return true
			}
		}
	}
	return false
}

// tokenRe finds the words of a warning for mentions.
var tokenRe = regexp.MustCompile(`[a-z0-9_.\-]+`)

// spelled drops from s what separates the words of a name.
func spelled(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(" _-`\"'.", r) {
			return -1
		}
		return r
	}, s)
}

// shown quotes a fact's value for the score file: "nothing" when the
// schema lacks the fact, "none" when it states it empty.
func shown(v string, present bool) string {
	switch {
	case !present:
		return "nothing"
	case v == "":
		return "none"
	}
	return strconv.Quote(v)
}

// TestFacts scores Parse on the unseen-style corpus of testdata/facts: each
// case holds the pages it parses (a "pages" file naming pages of the
// case's folder, of testdata/pages or of testdata/html) and the schema
// those pages document, written and checked by hand (expected.yaml); the
// k* cases are Kakao Games pages (issue 12). The score table, with a total
// per protocol, and the silently wrong facts go to
// testdata/facts/score.txt, so any change of the parser's results shows
// in review; each silently wrong fact there needs a "because:" line giving
// the known defect, or the test fails.
func TestFacts(t *testing.T) {
	cases, err := filepath.Glob("../testdata/facts/*/expected.yaml")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	golden := "../testdata/facts/score.txt"
	reasons := readReasons(t, golden)
	var b bytes.Buffer
	var total tally
	byProtocol := map[schema.Protocol]*tally{}
	var silentAll []string
	fmt.Fprintf(&b, "%-40s %6s %6s %6s %6s %7s\n", "case", "facts", "right", "warned", "silent", "refused")
	for _, c := range cases {
		dir := filepath.Dir(c)
		name := filepath.Base(dir)
		data, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		want, err := schema.Load(c, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		res, perr := parser.ParseChecking(parser.CasePages(t, dir), parser.Options{Name: want.Name}, validated(t, name))
		s, silent := score(want, res.API, res.Warnings, res.Holes, perr)
		total.add(s)
		if byProtocol[want.Protocol] == nil {
			byProtocol[want.Protocol] = &tally{}
		}
		byProtocol[want.Protocol].add(s)
		fmt.Fprintf(&b, "%-40s %6d %6d %6d %6d %7d\n", name, s.facts, s.right, s.warned, s.silent, s.refused)
		for _, f := range silent {
			silentAll = append(silentAll, name+": "+f)
		}
	}
	for _, p := range []schema.Protocol{schema.ProtocolGearN, schema.ProtocolHTTPStatus} {
		if s := byProtocol[p]; s != nil {
			fmt.Fprintf(&b, "%-40s %6d %6d %6d %6d %7d\n", "total "+string(p), s.facts, s.right, s.warned, s.silent, s.refused)
		}
	}
	fmt.Fprintf(&b, "%-40s %6d %6d %6d %6d %7d\n", "total", total.facts, total.right, total.warned, total.silent, total.refused)
	for _, p := range []schema.Protocol{schema.ProtocolGearN, schema.ProtocolHTTPStatus} {
		if s := byProtocol[p]; s != nil {
			fmt.Fprintf(&b, "right, %s: %.1f%% of %d facts\n", p, 100*float64(s.right)/float64(s.facts), s.facts)
		}
	}
	fmt.Fprintf(&b, "right: %.1f%% of %d facts\n", 100*float64(total.right)/float64(total.facts), total.facts)
	b.WriteString("\nThe silently wrong facts, each with the known defect (of issue 11 or 12) that makes it:\n")
	var unexplained []string
	for _, f := range silentAll {
		r := reasons[f]
		if r == "" {
			unexplained = append(unexplained, f)
			r = "?"
		}
		fmt.Fprintf(&b, "\n%s\n\tbecause: %s\n", f, r)
	}
	if updating() {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	} else if old, _ := os.ReadFile(golden); !bytes.Equal(old, b.Bytes()) {
		t.Errorf("%s differs from the score (run go test -update to rewrite it after review):\n%s", golden, b.String())
	}
	for _, f := range unexplained {
		t.Errorf("silently wrong, and not a known defect (give it a \"because:\" line in %s): %s", golden, f)
	}
}

// readReasons reads the "because:" line under each silently wrong fact of
// the score file.
func readReasons(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return out
	}
	if err != nil {
		t.Fatal(err)
	}
	var last string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if r, ok := strings.CutPrefix(line, "\tbecause: "); ok && last != "" {
			if r != "?" {
				out[last] = r
			}
			continue
		}
		last = line
	}
	return out
}

// TestScore checks the scorer on a schema and altered copies of it: a
// changed bound with no warning is silent, with a warning at its line
// that names its field warned, with only a warning there about another
// matter silent, a missing field's facts are silent (at its endpoint's
// line too, while the body stays: only a table read as another is
// reported at its owner's line), an extra field's too, a
// failed parse with a located error refuses every fact, and a parse whose
// only errors are holes refuses the facts of the holes' rows, and of the
// rows of a table whose hole is open.
func TestScore(t *testing.T) {
	pages := parser.CasePages(t, "../testdata/facts/133_consumeItem")
	res, err := parser.Parse(pages, parser.Options{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	want := res.API
	n := len(apiFacts(want))
	reparse := func() *schema.API {
		r, err := parser.Parse(pages, parser.Options{Name: "x"})
		if err != nil {
			t.Fatal(err)
		}
		return r.API
	}
	check := func(name string, got *schema.API, warns schema.Diagnostics, perr error, wantTally tally) {
		t.Helper()
		s, silent := score(want, got, warns, nil, perr)
		if s != wantTally || len(silent) != s.silent {
			t.Errorf("%s: %+v, silent %q; want %+v", name, s, silent, wantTally)
		}
	}
	check("same", reparse(), nil, nil, tally{facts: n, right: n})

	got := reparse()
	body := got.Operations[0].Endpoints[0].Body
	hi := 999.0
	body[1].Maximum = &hi
	check("bound changed", got, nil, nil, tally{facts: n, right: n - 1, silent: 1})
	check("bound changed, warned", got, schema.Diagnostics{{Pos: body[1].At, Msg: "recovered the bound of " + body[1].Name}}, nil, tally{facts: n, right: n - 1, warned: 1})
	check("bound changed, an unrelated warning at its line", got, schema.Diagnostics{{Pos: body[1].At, Msg: "line 9 holds a whole table on one line"}}, nil, tally{facts: n, right: n - 1, silent: 1})

	got = reparse()
	got.Operations[0].Endpoints[0].Body = body[:1]
	lost := len(apiFacts(want)) - len(apiFacts(got))
	check("field lost", got, nil, nil, tally{facts: n, right: n - lost, silent: lost})
	ep := got.Operations[0].Endpoints[0]
	atEndpoint := schema.Diagnostics{{Pos: ep.At, Msg: "took the path of " + got.Operations[0].Name + " as written"}}
	check("field lost, a warning at its endpoint's line, the body kept", got, atEndpoint, nil, tally{facts: n, right: n - lost, silent: lost})
	ep.Body = nil
	lost = len(apiFacts(want)) - len(apiFacts(got))
	check("body lost, a warning at its endpoint's line", got, atEndpoint, nil, tally{facts: n, right: n - lost, warned: lost})

	got = reparse()
	ep = got.Operations[0].Endpoints[0]
	ep.Body = append(ep.Body, &schema.Field{Name: "extra", Type: schema.String})
	check("field added", got, nil, nil, tally{facts: n + 3, right: n, silent: 3})

	refusal := schema.Diagnostics{{Pos: schema.Pos{Page: pages[0].Name, Line: 3}, Msg: "unreadable"}}
	check("refused", nil, nil, refusal, tally{facts: n, refused: n})

	got = reparse()
	f := got.Operations[0].Endpoints[0].Body[1]
	f.Type = ""
	holes := schema.Holes{{At: f.At, Msg: "the row lost its type", Fact: schema.FactType, Field: f}}
	atRow := 0
	for _, w := range apiFacts(want) {
		if w.at == f.At {
			atRow++
		}
	}
	s, silent := score(want, got, nil, holes, holes.Open())
	if wantTally := (tally{facts: n, right: n - atRow, refused: atRow}); s != wantTally || len(silent) != 0 {
		t.Errorf("a hole: %+v, silent %q; want %+v", s, silent, wantTally)
	}

	// A table nothing places: its rows' facts are refused, those from its
	// header line up to the first fact read after it; a field lost above
	// it stays silent.
	got = reparse()
	ep = got.Operations[0].Endpoints[0]
	rows := ep.Body
	ep.Body = nil
	lost = len(apiFacts(want)) - len(apiFacts(got))
	table := schema.Pos{Page: rows[0].At.Page, Line: rows[0].At.Line - 1}
	holes = schema.Holes{{At: table, Msg: "no section fits the table", Fact: schema.FactSection}}
	s, silent = score(want, got, nil, holes, holes.Open())
	if wantTally := (tally{facts: n, right: n - lost, refused: lost}); s != wantTally || len(silent) != 0 {
		t.Errorf("a table's hole: %+v, silent %q; want %+v", s, silent, wantTally)
	}
	holes[0].At.Line = rows[len(rows)-1].At.Line + 1
	s, silent = score(want, got, nil, holes, holes.Open())
	if wantTally := (tally{facts: n, right: n - lost, silent: lost}); s != wantTally || len(silent) != lost {
		t.Errorf("a table's hole under the lost rows: %+v, silent %q; want %+v", s, silent, wantTally)
	}
}
