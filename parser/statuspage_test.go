package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

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
			i := slices.IndexFunc(ty.Fields, func(f *schema.Field) bool { return f.Name == k })
			if i < 0 {
				out = append(out, fmt.Sprintf("%s.%s is left over: type %s has no member %s", path, k, typ, k))
				continue
			}
			out = append(out, uncovered(api, path+"."+k, ty.Fields[i].Type, ty.Fields[i].Array, obj[k])...)
		}
		return out
	}
	if !ok {
		return []string{fmt.Sprintf("%s is %T, not %s", path, v, typ)}
	}
	return nil
}

// TestMergedStatusCell reads a code table whose status cell spans two
// rows (rowspan), as each style copies it: the second row without its
// status cell, or with an empty one. The row continues the status of the
// row above, with a warning at its line.
func TestMergedStatusCell(t *testing.T) {
	const name = "surveySubmit.txt"
	data, err := os.ReadFile(filepath.Join("../testdata/facts/g10_surveySubmit", name))
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	const merged = " | -41003 | Answer count mismatch | answers does not match the survey's questions |\n"
	if !strings.Contains(page, merged) {
		t.Fatalf("%s has no merged row", name)
	}
	table := page[strings.Index(page, "Http response code |"):strings.Index(page, "463 | -41004")]
	for _, c := range []struct{ style, page string }{
		{"pipes, the row led by a pipe", page},
		{"pipes, the row one cell short", strings.Replace(page, merged, merged[3:], 1)},
		{"Markdown, the row's first cell empty", strings.Replace(page, table, "| "+strings.ReplaceAll(strings.TrimSuffix(table, "\n"), "\n", "\n| ")+"\n", 1)},
	} {
		res, err := Parse([]Page{{Name: name, Data: []byte(c.page)}}, Options{})
		if err != nil {
			t.Errorf("%s: %v", c.style, err)
			continue
		}
		if details, want := statusDetails(res.API), []string{"461 -41001", "462 -41002", "462 -41003", "463 -41004"}; !slices.Equal(details, want) {
			t.Errorf("%s: details %v, want %v", c.style, details, want)
		}
		if !strings.Contains(res.Warnings.Error(), name+":71: code row") {
			t.Errorf("%s: no warning at line 71 among %v", c.style, res.Warnings)
		}
	}
}

// TestMergedStatusCellPerLine reads a table of one cell per line whose
// status cell spans two rows: the second row has three cells, the first
// a detail code, and continues the status of the row above.
func TestMergedStatusCellPerLine(t *testing.T) {
	const name = "refund.txt"
	data, err := os.ReadFile(filepath.Join("../testdata/facts/d04_refund", name))
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(string(data), "464\n\n-20102\n", "-20102\n", 1)
	if page == string(data) {
		t.Fatalf("%s has no row of status 464", name)
	}
	res, err := Parse([]Page{{Name: name, Data: []byte(page)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if details, want := statusDetails(res.API), []string{"404 -20001", "463 -20101", "463 -20102", "464 -20103"}; !slices.Equal(details, want) {
		t.Errorf("details %v, want %v", details, want)
	}
	if !strings.Contains(res.Warnings.Error(), "read with the status of the row above, at line 264 (463)") {
		t.Errorf("no warning of the merged cell among %v", res.Warnings)
	}
}

// TestSpannedRowDoubleSpaced reads a double-spaced pipe table whose row
// lost its leading cell to a cell spanning it from the row above, as a
// scraper writes a rowspan once, in both protocols: a Kakao code table's
// detail code under its status (ba02_sculpt) continues that status, with
// a warning naming both rows; a GearN enum row without its name, which
// no cell spans, is refused at its line.
func TestSpannedRowDoubleSpaced(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/ba02_sculpt/sandcastle.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Parse([]Page{{Name: "sandcastle.txt", Data: data}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if details := statusDetails(res.API); !slices.Contains(details, "471 -72103") {
		t.Errorf("details %v, want 471 -72103 among them", details)
	}
	if w := res.Warnings.Error(); !strings.Contains(w, "sandcastle.txt:172: code row") || !strings.Contains(w, "at line 172 has no status cell: read as status 471 of the row above, at line 170") {
		t.Errorf("no warning at line 172 naming line 170 among %v", res.Warnings)
	}
	data, err = os.ReadFile("../testdata/facts/c11_getDailyQuests/getDailyQuests.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if lines[40] != "MaxSizeRequestReject | -9 | The request payload is too large." {
		t.Fatalf("getDailyQuests.txt:41 is %q", lines[40])
	}
	lines[40] = "-9 | The request payload is too large."
	var spaced []string
	for i, l := range lines {
		spaced = append(spaced, l)
		if i >= 38 && i < 50 {
			spaced = append(spaced, "")
		}
	}
	_, err = Parse([]Page{{Name: "getDailyQuests.txt", Data: []byte(strings.Join(spaced, "\n"))}}, Options{})
	if err == nil || !strings.Contains(err.Error(), "getDailyQuests.txt:43: enum row") {
		t.Errorf("the enum row without its name: %v, want an error at line 43", err)
	}
}

// statusDetails lists the detail codes of an API, each with its status:
// "462 -41003".
func statusDetails(api *schema.API) []string {
	var details []string
	for _, op := range api.Operations {
		for _, s := range op.Statuses {
			for _, d := range s.Details {
				details = append(details, fmt.Sprintf("%d %d", s.Code, d.Code))
			}
		}
	}
	return details
}

// TestMandatoryAsterisk reads the asterisk after a member's name as the
// mark of a mandatory member, in a table without a Mandatory column, with
// a warning at its row; beside a Mandatory column, the cell decides.
func TestMandatoryAsterisk(t *testing.T) {
	page := `/stats/increment
Method
POST
Request Headers
Name | Type | Mandatory | Description |
---|---|---|---|
kgAppId | String | Y | KG App ID |
Request Body
Name | Type | Description |
---|---|---|
playerId* | String | Player ID |
memo | String | Memo |
options | IncrementOptions | Options |
IncrementOptions
Name | Type | Mandatory | Description |
---|---|---|---|
dryRun* | Boolean | N | Whether to only check |
Response Status Code
Status Code | Status Code Description | Status Code Detailed Description |
---|---|---|
200 | Normal Response | Normal |
Example Request
POST /service/v4/stats/increment HTTP/1.1
`
	res, err := Parse([]Page{{Name: "p.txt", Data: []byte(page)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.API.Operations[0].Endpoints[0].Body {
		got = append(got, fmt.Sprintf("%s %v", f.Name, f.Required))
	}
	for _, f := range res.API.TypeByName("IncrementOptions").Fields {
		got = append(got, fmt.Sprintf("%s %v", f.Name, f.Required))
	}
	if want := []string{"playerId true", "memo false", "options false", "dryRun false"}; !slices.Equal(got, want) {
		t.Errorf("members %v, want %v", got, want)
	}
	warns := res.Warnings.Error()
	if !strings.Contains(warns, "p.txt:11: read the asterisk after member playerId") || !strings.Contains(warns, "p.txt:17: dropped the asterisk after member dryRun") {
		t.Errorf("warnings %v", res.Warnings)
	}
}
