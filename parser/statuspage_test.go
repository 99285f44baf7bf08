package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

func TestStatusCode(t *testing.T) {
	for _, c := range []struct {
		cell       string
		code       int
		rng, note  string
		lo, hi     int
		wantsError bool
	}{
		{cell: "200", code: 200, lo: 200, hi: 200},
		{cell: " 503 ", code: 503, lo: 503, hi: 503},
		{cell: "4xx (custom status)", rng: "4xx", note: "custom status", lo: 400, hi: 499},
		{cell: "5XX", rng: "5xx", lo: 500, hi: 599},
		{cell: "40x", rng: "40x", lo: 400, hi: 409},
		{cell: "400-499", rng: "400-499", lo: 400, hi: 499},
		{cell: "460 ~ 469 (lockouts)", rng: "460-469", note: "lockouts", lo: 460, hi: 469},
		{cell: "4x1", wantsError: true},
		{cell: "x00", wantsError: true},
		{cell: "499-400", wantsError: true},
		{cell: "4xx-499", wantsError: true},
		{cell: "600", wantsError: true},
		{cell: "OK", wantsError: true},
		{cell: "", wantsError: true},
	} {
		code, rng, note, err := statusCode(c.cell)
		if c.wantsError {
			if err == nil {
				t.Errorf("statusCode(%q) = %d %q, want an error", c.cell, code, rng)
			}
			continue
		}
		if err != nil || code != c.code || rng != c.rng || note != c.note {
			t.Errorf("statusCode(%q) = %d %q %q %v, want %d %q %q", c.cell, code, rng, note, err, c.code, c.rng, c.note)
			continue
		}
		s := &schema.Status{Code: code, Range: rng}
		if lo, hi, ok := s.Bounds(); !ok || lo != c.lo || hi != c.hi {
			t.Errorf("%q covers %d-%d (%v), want %d-%d", c.cell, lo, hi, ok, c.lo, c.hi)
		}
	}
}

// TestCoveringStatus checks that an example answer lands under its own
// code before a range, and under the narrowest range.
func TestCoveringStatus(t *testing.T) {
	statuses := []*schema.Status{{Range: "4xx"}, {Code: 401}, {Range: "46x"}, {Range: "400-499"}}
	for code, want := range map[int]*schema.Status{401: statuses[1], 463: statuses[2], 404: statuses[0], 500: nil} {
		if got := coveringStatus(statuses, code); got != want {
			t.Errorf("code %d lands under %+v, want %+v", code, got, want)
		}
	}
}

func TestBasePath(t *testing.T) {
	for _, c := range []struct{ example, documented, base string }{
		{"/service/v5/auth/validation", "/auth/validation", "/service/v5"},
		{"/auth/validation", "/auth/validation", ""},
		{"/v1/players/42/name", "/players/{playerId}/name", "/v1"},
		{"/v1/players/42/", "/players/:id", "/v1"},
		{"/service/v5/auth/validate", "/auth/validation", "-"},
		{"/validation", "/auth/validation", "-"},
		{"/x/auth/validation", "auth/validation", "/x"},
	} {
		base, ok := basePath(c.example, c.documented)
		if !ok {
			base = "-"
		}
		if base != c.base {
			t.Errorf("basePath(%q, %q) = %q, want %q", c.example, c.documented, base, c.base)
		}
	}
}

func TestEnumValues(t *testing.T) {
	for desc, want := range map[string]string{
		"Access Platform (web, launcher, mobile, pc)": "web launcher mobile pc",
		`Client kind ("ios" / "android")`:             "ios android",
		"Mode (see below) (a | b)":                    "a b",
		"Player ID (used for comparison validation)":  "",
		"Platform (web)":                              "",
		"no list":                                     "",
	} {
		if got := strings.Join(enumValues(desc), " "); got != want {
			t.Errorf("enumValues(%q) = %q, want %q", desc, got, want)
		}
	}
}

// TestMixedProtocols pins the error for pages of two protocols in either
// order: it names both pages.
func TestMixedProtocols(t *testing.T) {
	gearn, status := readSample(t, "000_99bfbb42b6f9f7e5.txt"), readSample(t, "004_28460c040084b103.txt")
	for _, pages := range [][]Page{{gearn, status}, {status, gearn}} {
		res, err := Parse(pages, Options{})
		if err == nil || res.API != nil {
			t.Fatalf("pages %s and %s parsed together", pages[0].Name, pages[1].Name)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, pages[1].Name+":1: ") || !strings.Contains(msg, gearn.Name) || !strings.Contains(msg, status.Name) {
			t.Errorf("error %q should be at %s:1 and name both pages", msg, pages[1].Name)
		}
	}
}

func readSample(t *testing.T, name string) Page {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../testdata/pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return Page{Name: name, Data: data}
}

// TestExamplesCovered decodes every example body of the HTTP-status cases
// on its own, with encoding/json, and checks that the types the schema
// gives it hold every member, of the right kind: no member is left over.
func TestExamplesCovered(t *testing.T) {
	for _, dir := range []string{"kakao", "status-markdown"} {
		t.Run(dir, func(t *testing.T) {
			res, err := Parse(casePages(t, filepath.Join("../testdata/parse", dir)), Options{Name: dir})
			if err != nil {
				t.Fatal(err)
			}
			api, examples := res.API, 0
			for _, op := range api.Operations {
				for _, s := range op.Statuses {
					for _, ex := range s.Examples {
						if ex.Body == "" {
							continue
						}
						if s.Body == "" {
							t.Errorf("%s: the example has a body, but status %d %s names no body type", ex.At, s.Code, s.Range)
							continue
						}
						examples++
						checkCovered(t, api, ex.At.String(), ex.Body, &schema.Field{Type: s.Body})
					}
				}
				for _, ep := range op.Endpoints {
					if ex := ep.Example; ex != nil && ex.Body != "" {
						examples++
						withBody := *api
						withBody.Types = append([]*schema.Type{{Name: " request body", Fields: ep.Body}}, api.Types...)
						checkCovered(t, &withBody, ex.At.String(), ex.Body, &schema.Field{Type: " request body"})
					}
				}
			}
			if examples == 0 {
				t.Fatal("no example bodies to check")
			}
		})
	}
}

func checkCovered(t *testing.T, api *schema.API, at, body string, f *schema.Field) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Errorf("%s: the stored body is not JSON: %v", at, err)
		return
	}
	for _, p := range uncovered(api, "$", f.Type, f.Array, v) {
		t.Errorf("%s: %s", at, p)
	}
}

// uncovered lists the places of v that type typ does not hold.
func uncovered(api *schema.API, path, typ string, array bool, v any) []string {
	if v == nil || typ == schema.Any && !array {
		return nil
	}
	if array {
		elems, ok := v.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s is %T, not an array of %s", path, v, typ)}
		}
		var out []string
		for i, e := range elems {
			out = append(out, uncovered(api, fmt.Sprintf("%s[%d]", path, i), typ, false, e)...)
		}
		return out
	}
	ok := false
	switch typ {
	case schema.String:
		_, ok = v.(string)
	case schema.Boolean:
		_, ok = v.(bool)
	case schema.Number:
		_, ok = v.(json.Number)
	case schema.Integer:
		n, isNum := v.(json.Number)
		_, err := n.Int64()
		ok = isNum && err == nil
	case schema.Hashtable:
		_, ok = v.(map[string]any)
	default:
		obj, isObj := v.(map[string]any)
		ty := api.TypeByName(typ)
		if !isObj || ty == nil {
			return []string{fmt.Sprintf("%s is %T, not a %s object", path, v, typ)}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var out []string
		for _, k := range keys {
			f := fieldNamed(ty, k)
			if f == nil {
				out = append(out, fmt.Sprintf("%s.%s is left over: type %s has no member %s", path, k, typ, k))
				continue
			}
			out = append(out, uncovered(api, path+"."+k, f.Type, f.Array, obj[k])...)
		}
		return out
	}
	if !ok {
		return []string{fmt.Sprintf("%s is %T, not %s", path, v, typ)}
	}
	return nil
}
