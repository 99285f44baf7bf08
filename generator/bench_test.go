package generator

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docs2go/docs2go/schema"
)

func benchOptions(name string) Options {
	return Options{Package: name, SchemaPath: "testdata/generate/" + name + "/schema.yaml"}
}

func BenchmarkGenerateMini(b *testing.B) {
	api, _ := loadCase(b, "mini")
	for b.Loop() {
		if _, err := Generate(api, benchOptions("mini")); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGenerate1000(b *testing.B) {
	api := synthetic(b, 1000)
	for b.Loop() {
		if _, err := Generate(api, benchOptions("synthetic")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompile1000 measures what the compile budget of a large API is
// about: go build of the package generated for 1,000 operations (target:
// under 15 s on a 2-core machine). Each iteration builds a file the cache
// has never seen, so that go build compiles the package rather than
// finding it built by an earlier run.
func BenchmarkCompile1000(b *testing.B) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("no go command on PATH")
	}
	files, err := Generate(synthetic(b, 1000), benchOptions("synthetic"))
	if err != nil {
		b.Fatal(err)
	}
	dir := writeModule(b, "synthetic", files)
	for b.Loop() {
		nonce := fmt.Sprintf("package synthetic\n\nconst buildNonce = %d\n", time.Now().UnixNano())
		if err := os.WriteFile(filepath.Join(dir, "nonce.go"), []byte(nonce), 0o644); err != nil {
			b.Fatal(err)
		}
		runGo(b, goTool, dir, "build", "./...")
	}
}

// synthetic is the mini case with loginByAndroidDeviceId cloned n times:
// each clone has its own name, paths and copies of every type it uses, as
// a large API has, and shares only the envelope and the enums.
func synthetic(tb testing.TB, n int) *schema.API {
	mini, _ := loadCase(tb, "mini")
	var login *schema.Operation
	for _, op := range mini.Operations {
		if op.Name == "loginByAndroidDeviceId" {
			login = op
		}
	}
	if login == nil {
		tb.Fatal("the mini case has no loginByAndroidDeviceId")
	}
	api := &schema.API{Name: "synthetic", Protocol: mini.Protocol, Envelope: mini.Envelope, Enums: mini.Enums}
	for _, f := range mini.Envelope.Fields {
		if t := mini.TypeByName(f.Type); t != nil {
			api.Types = append(api.Types, t)
		}
	}
	used := typesUsed(mini, login)
	for i := range n {
		suffix := fmt.Sprintf("%04d", i)
		rename := map[string]string{}
		for _, t := range used {
			for _, name := range append([]string{t.Name}, t.Aliases...) {
				rename[name] = name + suffix
			}
		}
		for _, t := range used {
			c := *t
			c.Name = rename[t.Name]
			c.Aliases = nil
			for _, al := range t.Aliases {
				c.Aliases = append(c.Aliases, rename[al])
			}
			c.Fields = renameFields(t.Fields, rename)
			api.Types = append(api.Types, &c)
		}
		op := *login
		op.Name += suffix
		op.Response = rename[login.Response]
		op.Endpoints = nil
		for _, ep := range login.Endpoints {
			c := *ep
			c.Path += suffix
			c.Body = renameFields(ep.Body, rename)
			op.Endpoints = append(op.Endpoints, &c)
		}
		api.Operations = append(api.Operations, &op)
	}
	schema.Sort(api)
	if err := schema.Validate(api, "synthetic").Err(); err != nil {
		tb.Fatal(err)
	}
	return api
}

// typesUsed lists the object types op's bodies and response use, directly
// or through other types, in the order of api.Types.
func typesUsed(api *schema.API, op *schema.Operation) []*schema.Type {
	seen := map[*schema.Type]bool{}
	var visit func(name string)
	visit = func(name string) {
		t := api.TypeByName(name)
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		for _, f := range t.Fields {
			visit(f.Type)
		}
	}
	visit(op.Response)
	for _, ep := range op.Endpoints {
		for _, f := range ep.Body {
			visit(f.Type)
		}
	}
	var out []*schema.Type
	for _, t := range api.Types {
		if seen[t] {
			out = append(out, t)
		}
	}
	return out
}

func renameFields(fields []*schema.Field, rename map[string]string) []*schema.Field {
	out := make([]*schema.Field, len(fields))
	for i, f := range fields {
		c := *f
		if to, ok := rename[f.Type]; ok {
			c.Type = to
		}
		out[i] = &c
	}
	return out
}

func TestSynthetic(t *testing.T) {
	api := synthetic(t, 3)
	if len(api.Operations) != 3 {
		t.Fatalf("%d operations, want 3", len(api.Operations))
	}
	var names []string
	for _, ty := range api.Types {
		names = append(names, ty.Name)
	}
	got := strings.Join(names, " ")
	for _, want := range []string{"InfoRequestParam0002", "Generic.BanItem0000", "DataItem0001", "InvalidMember"} {
		if !strings.Contains(" "+got+" ", " "+want+" ") {
			t.Errorf("types %s lack %s", got, want)
		}
	}
	if _, err := Generate(api, benchOptions("synthetic")); err != nil {
		t.Fatal(err)
	}
}
