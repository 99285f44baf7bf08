package parser_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// TestKakaoPageType parses a Kakao page of several operations whose rows
// lost their type cells: a member that another table of the page
// documents (another operation's request or answer, a type the page
// defines) takes the type they give, with a warning at its row, as a
// GearN page's does; one that no other table documents, or that the
// other tables type otherwise each, is a hole at its row.
func TestKakaoPageType(t *testing.T) {
	data, err := os.ReadFile("../testdata/parse/kakao-several/shop.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for i, r := range map[int][2]string{
		55:  {"productId | String | Y |", "productId |  | Y |"},
		56:  {"quantity | Integer | N |", "quantity |  | N |"},
		106: {"orderId | String | Y |", "orderId |  | Y |"},
	} {
		if !strings.HasPrefix(lines[i-1], r[0]) {
			t.Fatalf("line %d is %q", i, lines[i-1])
		}
		lines[i-1] = strings.Replace(lines[i-1], r[0], r[1], 1)
	}
	res, err := parser.Parse([]parser.Page{{Name: "shop.txt", Data: []byte(strings.Join(lines, "\n"))}}, parser.Options{Name: "shop"})
	if err == nil || res.API == nil || len(res.Holes) != 1 {
		t.Fatalf("err %v, schema %v, holes %v; want one hole, and the schema", err, res.API != nil, res.Holes)
	}
	if h := res.Holes[0]; h.Fact != schema.FactType || h.At.Line != 56 || h.Field.Name != "quantity" || !strings.Contains(h.Msg, "member quantity has lost its type cell (row \"quantity |  | N | How many, 1 ~ 10 (default: 1) |\"), and no other table of its page documents a member quantity with a type") {
		t.Errorf("hole %+v; want quantity's type, at line 56", h)
	}
	for line, want := range map[int]string{
		55:  "recovered the dropped type of member productId: string (as the other tables of its page document a field productId, at shop.txt:30)",
		106: "recovered the dropped type of member orderId: string (as the other tables of its page document a field orderId, at shop.txt:66)",
	} {
		found := false
		for _, w := range res.Warnings {
			found = found || w.Pos.Line == line && w.Msg == want
		}
		if !found {
			t.Errorf("no warning %q at line %d: %v", want, line, res.Warnings)
		}
	}
	for _, op := range res.API.Operations {
		for _, ep := range op.Endpoints {
			for _, f := range append(ep.Body, ep.Query...) {
				if (f.Name == "productId" || f.Name == "orderId") && f.Type != schema.String {
					t.Errorf("%s: member %s of type %q, want a string", op.Name, f.Name, f.Type)
				}
			}
		}
	}

	// Another table that types the member otherwise: nothing tells.
	lines[30] = "orderId | Integer | Order ID |"
	res, err = parser.Parse([]parser.Page{{Name: "shop.txt", Data: []byte(strings.Join(lines, "\n"))}}, parser.Options{Name: "shop"})
	if err == nil || res.API == nil || len(res.Holes) != 2 || res.Holes[1].At.Line != 106 || res.Holes[1].Field.Name != "orderId" {
		t.Errorf("err %v, holes %v; want orderId's type a hole at line 106 too", err, res.Holes)
	}
}
