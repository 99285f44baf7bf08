package golang

import (
	"bytes"
	"go/format"
	"math/rand/v2"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

func TestUsedIn(t *testing.T) {
	for _, c := range []struct {
		name, description string
		want              bool
	}{
		{"username", "Username used in Account.", true},
		{"device", "Device used in ExternalItem. See Device", true},
		{"type", "Type field in AvatarItem.", true},
		{"iOSDeviceId", "iOSDeviceId used in Device.", true},
		{"email", "The email address associated with the player's account.", false},
		{"device", "Account used in ExternalItem. See Account", false},
		{"device", "Device used in ExternalItem. See Device. Absent on the web.", false},
		{"parameters", "Just had data when the returnCode is Ok. See ResponseData", false},
		{"device", "", false},
	} {
		got := usedIn(&schema.Field{Name: c.name, Description: c.description})
		if got != c.want {
			t.Errorf("usedIn(%q, %q) = %v, want %v", c.name, c.description, got, c.want)
		}
	}
}

// TestWriteStructIsGofmt lays out structs whose alignment gofmt breaks:
// at a comment line, at a field without a tag, at a name or type of
// characters wider than a byte; gofmt must leave each as writeStruct
// writes it.
func TestWriteStructIsGofmt(t *testing.T) {
	for _, fields := range [][]structField{
		{{name: "_", typ: "[0]func()"}},
		{{name: "_", typ: "[0]func()"}, {name: "Username", typ: "*string", tag: "`json:\"username,omitempty\"`"}, {name: "ID", typ: "int64", tag: "`json:\"id\"`"}},
		{{name: "_", typ: "[0]func()"}, {doc: []string{"A first.", "", "Then more."}, name: "A", typ: "int64", tag: "`json:\"a\"`"}, {name: "BBBBBB", typ: "map[string]any", tag: "`json:\"b\"`"}, {doc: []string{"C."}, name: "C", typ: "[]Item", tag: "`json:\"c\"`"}, {name: "Éé", typ: "*Ünit", tag: "`json:\"é\"`"}},
		{{name: "A", typ: "int64", tag: "`json:\"a\"`"}, {name: "BB", typ: "json.RawMessage"}, {name: "CCC", typ: "bool", tag: "`json:\"c\"`"}},
		{{name: "_", typ: "[0]func()"}, {name: "A", typ: "string", tag: "`json:\"a\"`", comment: "x"}, {name: "Bbbb", typ: "int", tag: "`json:\"bbbb\" minimum:\"1\"`", comment: "y"},
			{name: "C", typ: "bool", tag: "`json:\"c,omitempty\"`"}, {name: "D", typ: "int", tag: "`json:\"d\"`", comment: "z"}, {doc: []string{"doc"}, name: "E", typ: "int", tag: "`json:\"eeeeeeeeeeeee\"`", comment: "e"},
			{name: "F", typ: "int", comment: "f"}, {name: "G", typ: "int", tag: "`json:\"g\"`", comment: "g"}, {name: "H", typ: "[]int", tag: "`json:\"hhhhhhhhhhhhhh\"`"}, {name: "I", typ: "int", tag: "`json:\"i\"`", comment: "i // Ünïcode"}},
	} {
		var b bytes.Buffer
		b.WriteString("package p\n\n")
		writeStruct(&b, "type T struct {", fields)
		formatted, err := format.Source(b.Bytes())
		if err != nil {
			t.Fatalf("%v\n%s", err, b.Bytes())
		}
		if !bytes.Equal(formatted, b.Bytes()) {
			t.Errorf("gofmt changes\n%s\ninto\n%s", b.Bytes(), formatted)
		}
	}
}

// TestWriteStructIsGofmtRandom lays out structs of fields drawn at random,
// with and without tags, trailing comments and doc comments, and names,
// types and tags of different widths: gofmt must leave each as
// writeStruct writes it.
func TestWriteStructIsGofmtRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	names := []string{"A", "Bb", "Ccccccc", "Éé", "ID"}
	types := []string{"int", "*string", "[]Item", "map[string]any", "json.RawMessage", "*Ünit"}
	tags := []string{"", "`json:\"a\"`", "`json:\"bbbbbbbb,omitempty\" minLength:\"1\"`", "\"json:\\\"c`\\\"\"", "`json:\"é\"`"}
	comments := []string{"", "", "x", "A longer description. (1 - 10 characters)"}
	for range 2000 {
		fields := []structField{{name: "_", typ: "[0]func()"}}
		for range 1 + r.IntN(7) {
			f := structField{name: names[r.IntN(len(names))], typ: types[r.IntN(len(types))], tag: tags[r.IntN(len(tags))], comment: comments[r.IntN(len(comments))]}
			if r.IntN(6) == 0 {
				f.doc = []string{"A doc.", "", "More."}
			}
			fields = append(fields, f)
		}
		var b bytes.Buffer
		b.WriteString("package p\n\n")
		writeStruct(&b, "type T struct {", fields)
		formatted, err := format.Source(b.Bytes())
		if err != nil {
			t.Fatalf("%v\n%s", err, b.Bytes())
		}
		if !bytes.Equal(formatted, b.Bytes()) {
			t.Fatalf("gofmt changes\n%s\ninto\n%s", b.Bytes(), formatted)
		}
	}
}
