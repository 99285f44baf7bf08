package generator

import (
	"os"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestNotGenerated refuses the schemas whose detail codes, query
// parameters, plain answers and GET bodies the backends do not generate
// yet, naming each status and endpoint at its line, rather than generating
// code that drops them.
func TestNotGenerated(t *testing.T) {
	for name, want := range map[string]string{
		"kakao-query": "kakao-query.yaml:13: operation getPlayer, status 461: docs2go does not generate detail codes (details) yet\n" +
			"kakao-query.yaml:26: operation getPlayer, endpoint GET /service/v5/member/player: docs2go does not generate query parameters yet\n" +
			"kakao-query.yaml:26: operation getPlayer, endpoint GET /service/v5/member/player: docs2go does not generate what a page says of a GET's body (getBody: rejected) yet\n" +
			"kakao-query.yaml:69: operation renamePlayer, endpoint POST /service/v5/member/player/name: docs2go does not generate query parameters yet",
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
