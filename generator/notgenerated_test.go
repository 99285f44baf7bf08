package generator

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestNotGenerated refuses the schemas whose detail codes the backends do
// not generate yet, naming each status at its line, rather than
// generating code that drops them.
func TestNotGenerated(t *testing.T) {
	data, err := os.ReadFile("../testdata/schema/kakao-query/schema.yaml")
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Load("kakao-query.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(api, Options{Package: "p", SchemaPath: "kakao-query.yaml"})
	if want := "kakao-query.yaml:13: operation getPlayer, status 461: docs2go does not generate detail codes (details) yet"; err == nil || err.Error() != want {
		t.Fatalf("Generate: %d files, error:\n%v\nwant:\n%s", len(files), err, want)
	}
	// Built in code, with no schema lines, the status is at its page.
	api = status()
	api.Operations[0].Statuses[1].Details = []*schema.Detail{{Code: -29401}}
	api.Operations[0].Statuses[1].At = schema.Pos{Page: "v.txt", Line: 7}
	_, err = Generate(api, Options{Package: "p", SchemaPath: "s.yaml"})
	if want := "v.txt:7: operation validation, status 401: docs2go does not generate detail codes (details) yet"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Generate: %v, want %q", err, want)
	}
}
