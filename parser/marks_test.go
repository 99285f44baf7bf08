package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
	"github.com/docs2go/docs2go/schema"
)

// The sample pages of each protocol, one a style or form at least: GearN's
// flattened, Markdown and HTML pages, and its pages outside /api/ whose
// example shows an HTTP/1.1 status line; Kakao Games' pipe rows,
// one-cell-per-line, w3m-drawn, AsciiDoc, wiki markup and HTML pages.
var (
	gearnSamples = []string{
		"../testdata/pages/000_99bfbb42b6f9f7e5.txt",
		"../testdata/pages/132_getInventory.md",
		"../testdata/html/133_consumeItem.html",
		"../testdata/facts/h02_getTitleData/getTitleData.txt",
		"../testdata/facts/i02_getStatisticHistogram/getStatisticHistogram.txt",
	}
	statusSamples = []string{
		"../testdata/pages/004_28460c040084b103.txt",
		"../testdata/parse/kakao-cells/mailReceive.txt",
		"../testdata/parse/kakao-drawn/draws.txt",
		"../testdata/parse/adoc-kakao/coupon.adoc",
		"../testdata/parse/wiki-kakao/coupon.txt",
		"../testdata/parse/kakao-table-cut-html/page.html",
		"../testdata/facts/i16_gachaRates/gacha.txt",
	}
	// gearnMarks and statusMarks are lines of each protocol's structure,
	// one of each kind a text line bears.
	gearnMarks  = []string{"Client", "Require permission rules auth.validation.selfEnable.", "POST /api/rJson/auth/client/validation", "See GenericModels.PlayerAllResponse"}
	statusMarks = []string{"/auth/validation", "POST", "요청 본문 (Request Body)", "HTTP/1.1 200 OK"}
)

// blocksOf reads a page into blocks as a parse of that page alone does.
func blocksOf(t *testing.T, name string, data []byte) ([]pages.Block, *pages.Reporter) {
	t.Helper()
	rep := &pages.Reporter{}
	blocks, _, ok := readAlone(name, data, rep)
	if !ok {
		t.Fatalf("%s: no style", name)
	}
	return blocks, rep
}

// withLines is a page with lines added at its end, as a text part of its
// style: after an HTML page's content, before its </main>.
func withLines(name string, data []byte, lines []string) []byte {
	page := string(data)
	if strings.HasSuffix(name, ".html") {
		add := ""
		for _, l := range lines {
			add += "<p>" + l + "</p>\n"
		}
		if i := strings.LastIndex(page, "</main>"); i >= 0 {
			return []byte(page[:i] + add + page[i:])
		}
		return []byte(page + add)
	}
	return []byte(strings.TrimRight(page, "\n") + "\n\n" + strings.Join(lines, "\n\n") + "\n")
}

// toldOf is the protocol the marks of a page tell, or nil, with the
// message of its refusal.
func toldOf(t *testing.T, name string, data []byte) (read.Protocol, string) {
	t.Helper()
	blocks, _ := blocksOf(t, name, data)
	rep := &pages.Reporter{}
	p := protocolOf(name, blocks, nil, rep)
	_, errs := rep.Sorted([]string{name}, false)
	return p, errs.Error()
}

func readMarked(t *testing.T, path string) (string, []byte) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Base(path), data
}

// TestProtocolMarks tells each sample page's protocol by the marks of its
// vendor's structure, and keeps telling it when the page bears one mark
// of the other vendor's too (a line of its structure added): the
// structure of a page outweighs a mark.
func TestProtocolMarks(t *testing.T) {
	for _, c := range []struct {
		want          schema.Protocol
		samples       []string
		otherVendor   []string
		otherProtocol schema.Protocol
	}{
		{schema.ProtocolGearN, gearnSamples, statusMarks, schema.ProtocolHTTPStatus},
		{schema.ProtocolHTTPStatus, statusSamples, gearnMarks, schema.ProtocolGearN},
	} {
		for _, path := range c.samples {
			name, data := readMarked(t, path)
			if p, msg := toldOf(t, name, data); p == nil || p.Name() != c.want {
				t.Errorf("%s: told %v, want %s (%s)", name, p, c.want, msg)
			}
			for _, m := range c.otherVendor {
				if p, msg := toldOf(t, name, withLines(name, data, []string{m})); p == nil || p.Name() != c.want {
					t.Errorf("%s with the %s line %q: told %v, want %s (%s)", name, c.otherProtocol, m, p, c.want, msg)
				}
			}
			// Every mark of the other vendor's text lines at once: the
			// page is its own protocol's still, or refused; never the
			// other's.
			if p, _ := toldOf(t, name, withLines(name, data, c.otherVendor)); p != nil && p.Name() != c.want {
				t.Errorf("%s with the %s lines %q: told %s", name, c.otherProtocol, c.otherVendor, p.Name())
			}
		}
	}
}

// TestProtocolMarksMixed refuses, at its first line, a page that bears
// the marks of both protocols, and one of too few marks, naming the marks
// found and the setting that gives the protocol; with the setting, the
// page is read as that protocol's.
func TestProtocolMarksMixed(t *testing.T) {
	name, data := readMarked(t, "../testdata/pages/004_28460c040084b103.txt")
	mixed := withLines(name, data, gearnMarks)
	p, msg := toldOf(t, name, mixed)
	for _, want := range []string{name + ":1: cannot tell which protocol the page documents: it bears the marks of more than one protocol", "a status code table at line 23", "a permission rule line at line", "protocol: http-status in docs2go.yaml, or parse --protocol http-status"} {
		if p != nil || !strings.Contains(msg, want) {
			t.Errorf("mixed page: told %v, error %q, want one with %q", p, msg, want)
		}
	}
	weak := []byte("# Users\n\nPOST /v1/users\n\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n| email | string | Y | The address. |\n")
	p, msg = toldOf(t, "weak.md", weak)
	if want := "weak.md:1: cannot tell which protocol the page documents: it bears too few marks of one protocol to tell: http-status (weight 2: a Mandatory column, or one of Y and N at line 5); gearn (none)"; p != nil || !strings.HasPrefix(msg, want) {
		t.Errorf("weak page: told %v, error %q, want %q…", p, msg, want)
	}
	none := []byte("| Key | Value |\n|---|---|\n| a | b |\n")
	if p, msg = toldOf(t, "none.md", none); p != nil || !strings.HasPrefix(msg, "none.md:1: not an API documentation page: it bears none of the marks of a protocol's pages") {
		t.Errorf("page without marks: told %v, error %q", p, msg)
	}
	for _, given := range []schema.Protocol{schema.ProtocolGearN, schema.ProtocolHTTPStatus} {
		_, err := Parse([]Page{{Name: name, Data: mixed}}, Options{Protocol: given})
		if err != nil && strings.Contains(err.Error(), "cannot tell which protocol") {
			t.Errorf("protocol %s given: %v", given, err)
		}
	}
	res, err := Parse([]Page{{Name: name, Data: mixed}}, Options{Protocol: schema.ProtocolHTTPStatus})
	if err != nil || res.API.Protocol != schema.ProtocolHTTPStatus {
		t.Errorf("protocol http-status given: %v", err)
	}
	if _, err := Parse([]Page{{Name: name, Data: data}}, Options{Protocol: "kakao"}); err == nil || !strings.Contains(err.Error(), `protocol "kakao" is none docs2go reads`) {
		t.Errorf("an unknown protocol given: %v", err)
	}
}
