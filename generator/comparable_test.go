package generator

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"
)

// TestStructsAreIncomparable type-checks the package generated for each
// golden case and checks that == compares none of its object and request
// structs (the structs of types.go, and those of requests.go named
// ...Request) but as plain memory, whether they hold `_ [0]func()` or a
// member that == cannot compare: the compiler would write an equality
// function for each, which nothing calls. One of pointers only, which ==
// compares as memory, needs none.
func TestStructsAreIncomparable(t *testing.T) {
	for _, name := range cases(t) {
		t.Run(name, func(t *testing.T) {
			fset := token.NewFileSet()
			var files []*ast.File
			for path, src := range generateCase(t, name) {
				f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, f)
			}
			conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
			pkg, err := conf.Check(name, fset, files, nil)
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			for _, f := range files {
				file := filepath.Base(fset.File(f.Pos()).Name())
				for _, decl := range f.Decls {
					gd, ok := decl.(*ast.GenDecl)
					if !ok || gd.Tok != token.TYPE {
						continue
					}
					for _, spec := range gd.Specs {
						ts := spec.(*ast.TypeSpec)
						_, isStruct := ts.Type.(*ast.StructType)
						object := file == "types.go" && ts.TypeParams == nil
						request := file == "requests.go" && strings.HasSuffix(ts.Name.Name, "Request")
						if !isStruct || !object && !request {
							continue
						}
						checked++
						if typ := pkg.Scope().Lookup(ts.Name.Name).Type(); types.Comparable(typ) && !pointersOnly(typ) {
							t.Errorf("%s: == compares %s", file, ts.Name.Name)
						}
					}
				}
			}
			if checked == 0 {
				t.Errorf("no object or request struct checked")
			}
		})
	}
}

// pointersOnly reports whether typ is a struct of pointers only.
func pointersOnly(typ types.Type) bool {
	s := typ.Underlying().(*types.Struct)
	for i := range s.NumFields() {
		if _, ok := s.Field(i).Type().(*types.Pointer); !ok {
			return false
		}
	}
	return true
}
