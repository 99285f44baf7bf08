package generator

import "testing"

func benchOptions(name string) Options {
	return Options{Package: name, SchemaPath: "testdata/generate/" + name + "/schema.yaml"}
}

// BenchmarkGenerateMini generates the mini case: the cost of a small API,
// the whole runtime of the GearN protocol for a few operations.
// BenchmarkGenerate of internal/pagegen measures how generation scales.
func BenchmarkGenerateMini(b *testing.B) {
	api, _ := loadCase(b, "mini")
	for b.Loop() {
		if _, err := Generate(api, benchOptions("mini")); err != nil {
			b.Fatal(err)
		}
	}
}
