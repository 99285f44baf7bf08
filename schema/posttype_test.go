package schema

import (
	"strings"
	"testing"
)

// TestPostType refuses a post type GearN does not have, at its line.
func TestPostType(t *testing.T) {
	doc := `name: x
protocol: gearn
pages: []
operations:
  - name: op
    endpoints:
      - role: client
        method: POST
        path: /api/rXml/g/client/op
        postType: rXml
        at: p.txt:3
    at: p.txt:1
`
	_, err := Load("x.yaml", []byte(doc))
	if want := `x.yaml:7: operation "op": postType "rXml" is neither rJson nor rMsgPack`; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Load: %v; want %q", err, want)
	}
	if _, err := Load("x.yaml", []byte(strings.ReplaceAll(doc, "rXml", "rMsgPack"))); err != nil {
		t.Fatalf("Load with rMsgPack: %v", err)
	}
}
