package yamlpos

import (
	"testing"

	"gopkg.in/yaml.v3"
)

func TestError(t *testing.T) {
	var v map[string]int
	for _, tc := range []struct {
		src  string
		line int
		msg  string
	}{
		{"a: [", 1, "did not find expected node content"},
		{"a: 1\nb: x\n", 2, "cannot unmarshal !!str `x` into int"},
		{"a:\n\tb: 1\n", 2, "found character that cannot start any token"},
	} {
		err := yaml.Unmarshal([]byte(tc.src), &v)
		if err == nil {
			t.Fatalf("%q: no error", tc.src)
		}
		line, msg := Error(err)
		if line != tc.line || msg != tc.msg {
			t.Errorf("%q: Error = %d, %q; want %d, %q", tc.src, line, msg, tc.line, tc.msg)
		}
	}
}

func TestKind(t *testing.T) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte("m: {a: 1}\nl: [1]\nn: null\ns: x\nr: &x 1\nal: *x\n"), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"m": "a mapping", "l": "a list", "n": "nothing", "s": `"x"`, "r": `"1"`, "al": "an alias"}
	root := doc.Content[0]
	for i := 0; i < len(root.Content); i += 2 {
		k, v := root.Content[i].Value, root.Content[i+1]
		if got := Kind(v); got != want[k] {
			t.Errorf("Kind(%s) = %s, want %s", k, got, want[k])
		}
	}
}
