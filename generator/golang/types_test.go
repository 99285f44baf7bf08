package golang

import (
	"bytes"
	"go/format"
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
