package generator

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestHelpersAreCalled checks that the helpers validation.go and
// defaults.go declare, which the model says the package needs, are each
// called by the package: an uncalled one is dead code. (One the package
// calls and lacks does not compile, which TestGeneratedPackage sees.)
func TestHelpersAreCalled(t *testing.T) {
	packages := map[string]map[string][]byte{}
	for _, name := range cases(t) {
		packages[name] = generateCase(t, name)
	}
	files, err := Generate(small(), smallOptions())
	if err != nil {
		t.Fatal(err)
	}
	packages["small"] = files
	helpers := map[string]bool{"validator": true, "length": true, "items": true, "join": true, "item": true, "ptr": true}
	for name, files := range packages {
		declared := map[string]bool{}
		called := map[string]bool{}
		fset := token.NewFileSet()
		for file, src := range files {
			f, err := parser.ParseFile(fset, file, src, parser.SkipObjectResolution)
			if err != nil {
				t.Fatalf("%s/%s: %v", name, file, err)
			}
			for _, decl := range f.Decls {
				if file != "validation.go" && file != "defaults.go" {
					break
				}
				switch d := decl.(type) {
				case *ast.FuncDecl:
					if helpers[d.Name.Name] {
						declared[d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						if ts, ok := spec.(*ast.TypeSpec); ok && helpers[ts.Name.Name] {
							declared[ts.Name.Name] = true
						}
					}
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					switch fun := n.Fun.(type) {
					case *ast.Ident:
						called[fun.Name] = true
					case *ast.SelectorExpr:
						called[fun.Sel.Name] = true
					case *ast.IndexExpr:
						if id, ok := fun.X.(*ast.Ident); ok {
							called[id.Name] = true
						}
					}
				case *ast.ValueSpec:
					if id, ok := n.Type.(*ast.Ident); ok {
						called[id.Name] = true // var v validator
					}
				}
				return true
			})
		}
		for helper := range declared {
			if !called[helper] {
				t.Errorf("%s: %s is declared and never called", name, helper)
			}
		}
	}
}
