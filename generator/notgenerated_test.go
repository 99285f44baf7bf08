package generator

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestNotGenerated refuses the schemas whose query parameters, plain
// answers and GET bodies the backends do not generate yet, naming each
// endpoint at its line, rather than generating code that drops them.
func TestNotGenerated(t *testing.T) {
	for name, want := range map[string]string{
		"gearn-plain": "gearn-plain.yaml:24: operation getServerTime, endpoint GET /api/system/getServerTime: docs2go does not generate query parameters yet\n" +
			"gearn-plain.yaml:24: operation getServerTime, endpoint GET /api/system/getServerTime: docs2go does not generate a plain response (plainResponse) yet",
	} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("../testdata/schema/" + name + "/schema.yaml")
			if err != nil {
				t.Fatal(err)
			}
			api, err := schema.Load(name+".yaml", data)
			if err != nil {
				t.Fatal(err)
			}
			files, err := Generate(api, Options{Package: "p", SchemaPath: name + ".yaml"})
			if err == nil || err.Error() != want {
				t.Fatalf("Generate: %d files, error:\n%v\nwant:\n%s", len(files), err, want)
			}
		})
	}
	// Built in code, with no schema lines, the endpoint is at its page.
	api := small()
	api.Operations[0].Endpoints[0].Query = []*schema.Field{{Name: "dryRun", Type: schema.Boolean}}
	api.Operations[0].Endpoints[0].At = schema.Pos{Page: "link.txt", Line: 7}
	_, err := Generate(api, Options{Package: "p", SchemaPath: "s.yaml"})
	if want := "link.txt:7: operation linkAccount, endpoint POST /api/rJson/masterPlayer/client/linkAccount: docs2go does not generate query parameters yet"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Generate: %v, want %q", err, want)
	}
}
