package parser_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// kilnPage is an HTTP-status page whose path names two parameters, and
// whose Path Parameters table documents them: each case of
// TestPathParams edits it.
const kilnPage = `PUT /service/v5/kilns/{kilnId}/shelves/{level}

## Description
Loads a shelf of a kiln.

## Request Headers
| Name | Type | Mandatory | Description |
|---|---|---|---|
| appSecret | String | Y | App secret |

## Path Parameters
| Name | Type | Mandatory | Description |
|---|---|---|---|
| kilnId | String | Y | Kiln ID, 6 ~ 20 characters |
| level | Integer | Y | Shelf level, 1 ~ 12 |

## Request Body
| Name | Type | Mandatory | Description |
|---|---|---|---|
| wareId | String | Y | Ware ID |

## Response Status Code
| Status Code | Description |
|---|---|
| 200 | OK |
| 400 | Bad request |
`

// TestPathParams reads a Path Parameters table into the path
// parameters of the endpoint, each required and typed by its row; a
// {name} of the path that no row documents is a hole at the path's line
// whose fix, with in: path, fills it; a row the path does not name, or
// that the page marks optional, is refused at its line. A path that
// names its parameters as a router does (":kilnId") reads as the schema
// writes them, with a warning; a parameter the path names that the
// request's other parameters document is taken from them, with a
// warning.
func TestPathParams(t *testing.T) {
	parse := func(page string) (*parser.Result, error) {
		return parser.Parse([]parser.Page{{Name: "kiln.md", Data: []byte(page)}}, parser.Options{Name: "kiln"})
	}
	res, err := parse(kilnPage)
	if err != nil {
		t.Fatal(err)
	}
	ps := res.API.Operations[0].Endpoints[0].PathParams
	if len(ps) != 2 || ps[0].Name != "kilnId" || ps[0].Type != schema.String || *ps[0].MinLength != 6 || *ps[0].MaxLength != 20 || !ps[0].Required || ps[0].At.Line != 14 ||
		ps[1].Name != "level" || ps[1].Type != schema.Integer || *ps[1].Minimum != 1 || *ps[1].Maximum != 12 || !ps[1].Required {
		t.Fatalf("path parameters %+v %+v; want kilnId of 6 to 20 characters at line 14, and level 1 to 12", ps[0], ps[1])
	}

	noColumn := strings.Replace(strings.Replace(kilnPage, "| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| kilnId | String | Y |", "| Name | Type | Description |\n|---|---|---|\n| kilnId | String |", 1), "| level | Integer | Y |", "| level | Integer |", 1)
	if res, err := parse(noColumn); err != nil || !res.API.Operations[0].Endpoints[0].PathParams[1].Required {
		t.Errorf("a table without a Mandatory column: err %v; want its parameters required", err)
	}

	colon := strings.Replace(kilnPage, "{kilnId}/shelves/{level}", ":kilnId/shelves/:level", 1)
	res, err = parse(colon)
	if err != nil || res.API.Operations[0].Endpoints[0].Path != "/service/v5/kilns/{kilnId}/shelves/{level}" || len(res.API.Operations[0].Endpoints[0].PathParams) != 2 ||
		len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Error(), "kiln.md:1: read the path /service/v5/kilns/:kilnId/shelves/:level as /service/v5/kilns/{kilnId}/shelves/{level}") {
		t.Errorf("a path that names its parameters after colons: err %v, warnings %v; want it read as {kilnId} and {level}, with a warning", err, res.Warnings)
	}

	lost := strings.Replace(kilnPage, "| level | Integer | Y | Shelf level, 1 ~ 12 |\n", "", 1)
	res, err = parse(lost)
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("a parameter no row documents: err %v; want one hole", err)
	}
	h := res.Holes[0]
	want := "kiln.md:1: the path /service/v5/kilns/{kilnId}/shelves/{level} at line 1 names the parameter {level}, and no Path Parameters table of the page documents it: its type is not on the page. To settle it, add to the overrides file (under fixes:), with <type> replaced:\n  - operation: shelves\n    in: path\n    field: level\n    type: <type>"
	if got := h.Diagnostic().Error(); got != want {
		t.Errorf("the hole's error:\n%s\nwant:\n%s", got, want)
	}
	// The request parameters document the path's parameter: it is the
	// path's, with a warning at its row, and no query parameter.
	inQuery := strings.Replace(lost, "## Request Body\n", "## Query Parameters\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| level | Integer | Y | Shelf level, 1 ~ 12 |\n| dryRun | Boolean | N | Check only |\n\n## Request Body\n", 1)
	res2, err := parse(inQuery)
	if err != nil {
		t.Fatalf("a path parameter among the query's: %v", err)
	}
	ep := res2.API.Operations[0].Endpoints[0]
	if len(ep.PathParams) != 2 || ep.PathParams[1].Name != "level" || ep.PathParams[1].Type != schema.Integer || len(ep.Query) != 1 || ep.Query[0].Name != "dryRun" ||
		!slices.ContainsFunc(res2.Warnings, func(w schema.Diagnostic) bool {
			return strings.HasPrefix(w.Error(), "kiln.md:19: read member level at line 19 as the path parameter {level}")
		}) {
		t.Errorf("path %+v, query %+v, warnings %v; want level moved from the query to the path, with a warning at line 19", ep.PathParams, ep.Query, res2.Warnings)
	}

	fixes, err := overrides.Load("fixes.yaml", []byte("fixes:\n  - operation: shelves\n    in: path\n    field: level\n    type: integer\n    minimum: 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fixes.Apply(res.API, res.Holes); err != nil || len(res.Holes.Open()) > 0 {
		t.Fatalf("the fix: %v, holes open %v", err, res.Holes.Open())
	}
	if ds := schema.Validate(res.API, "schema"); len(ds) > 0 {
		t.Errorf("the filled schema is not valid: %v", ds)
	}

	for _, tc := range []struct{ old, new, want string }{
		{"| level | Integer | Y | Shelf level, 1 ~ 12 |\n", "| level | Integer | Y | Shelf level, 1 ~ 12 |\n| shelf | Integer | Y | Shelf |\n", "kiln.md:16: the path parameter shelf at line 16 is not in the path /service/v5/kilns/{kilnId}/shelves/{level} of its operation (line 1)"},
		{"| level | Integer | Y |", "| level | Integer | N |", "kiln.md:15: the path parameter level at line 15 is marked optional"},
	} {
		_, err := parse(strings.Replace(kilnPage, tc.old, tc.new, 1))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q → %q: error %v, want %q", tc.old, tc.new, err, tc.want)
		}
	}
}
