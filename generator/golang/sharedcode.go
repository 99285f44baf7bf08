package golang

import (
	"bytes"
	"embed"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Runtime is the code of a protocol's runtime, parsed.
type Runtime struct {
	decls []*sharedDecl // in source order
	// declared holds the names the shared code declares at the top level.
	declared map[string]bool
	// imports maps the name of each package the shared code imports to
	// its path.
	imports map[string]string
}

// sharedDecl is a top-level declaration of the shared code.
type sharedDecl struct {
	name  string   // what it declares; a method's name for a method
	names []string // every name a const, var or type declaration declares
	recv  string   // the receiver's type, for a method
	refs  []string // the names it uses, but for those it selects
	// selected are the names it selects (x.name): a method's, or a
	// field's, which marks no declaration but a method.
	selected []string
	pkgs     []string // the names of the packages it uses
	text     string   // the source, doc comment included
}

// ParseRuntime parses the code of a protocol's runtime, which its
// packages compile and test on their own: the Source of each package, its
// files of source in the order their declarations are written, the
// packages in the order given.
func ParseRuntime(sources ...func() (embed.FS, []string)) (*Runtime, error) {
	c := &Runtime{declared: map[string]bool{}, imports: map[string]string{}}
	fset := token.NewFileSet()
	for _, source := range sources {
		if err := c.parse(fset, source); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// parse adds to c the declarations of one package's files of source.
func (c *Runtime) parse(fset *token.FileSet, source func() (embed.FS, []string)) error {
	code, files := source()
	for _, name := range files {
		src, err := code.ReadFile(name)
		if err != nil {
			return err
		}
		file, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, spec := range file.Imports {
			p, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				return err
			}
			c.imports[path.Base(p)] = p
		}
		for _, decl := range file.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
				continue
			}
			d := &sharedDecl{text: declText(fset, src, decl)}
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				d.name = decl.Name.Name
				if decl.Recv != nil {
					d.recv = receiverType(decl.Recv.List[0].Type)
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					d.names = append(d.names, specNames(spec)...)
				}
				d.name = d.names[0]
			}
			if d.recv == "" {
				names := d.names
				if names == nil {
					names = []string{d.name}
				}
				for _, n := range names {
					if c.declared[n] && n != "_" {
						return fmt.Errorf("%s declares %s, which an earlier runtime package declares", name, n)
					}
					c.declared[n] = true
				}
			}
			var inspect func(n ast.Node) bool
			inspect = func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.Ident:
					d.refs = append(d.refs, n.Name)
				case *ast.SelectorExpr:
					if x, ok := n.X.(*ast.Ident); ok {
						d.pkgs = append(d.pkgs, x.Name)
					}
					d.selected = append(d.selected, n.Sel.Name)
					ast.Inspect(n.X, inspect)
					return false
				case *ast.Field:
					// The names of fields and parameters declare them.
					ast.Inspect(n.Type, inspect)
					return false
				}
				return true
			}
			ast.Inspect(decl, inspect)
			c.decls = append(c.decls, d)
		}
	}
	return nil
}

// declText returns the source of decl, with its doc comment.
func declText(fset *token.FileSet, src []byte, decl ast.Decl) string {
	start := decl.Pos()
	switch decl := decl.(type) {
	case *ast.FuncDecl:
		if decl.Doc != nil {
			start = decl.Doc.Pos()
		}
	case *ast.GenDecl:
		if decl.Doc != nil {
			start = decl.Doc.Pos()
		}
	}
	return string(src[fset.Position(start).Offset:fset.Position(decl.End()).Offset])
}

// receiverType returns the name of a method's receiver type: "decoder"
// for *decoder, "slab" for *slab[T].
func receiverType(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// specNames returns the names a type, const or var spec declares.
func specNames(spec ast.Spec) []string {
	switch s := spec.(type) {
	case *ast.TypeSpec:
		return []string{s.Name.Name}
	case *ast.ValueSpec:
		names := make([]string, len(s.Names))
		for i, n := range s.Names {
			names[i] = n.Name
		}
		return names
	}
	return nil
}

// Exported returns the exported names the runtime declares, which a
// generated package always holds, sorted.
func (c *Runtime) Exported() []string {
	var names []string
	for name := range c.declared {
		if token.IsExported(name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// file writes the shared code as a file of package pkg under header: its
// exported declarations, those the names in used refer to, and those
// these refer to in turn. What nothing refers to is left out: an unused
// helper is dead code to vet and staticcheck.
func (c *Runtime) file(header []string, pkg string, used map[string]bool) ([]byte, error) {
	marked, selected := map[string]bool{}, map[string]bool{}
	for name := range used {
		if !c.declared[name] && !c.isMethod(name) {
			return nil, fmt.Errorf("the generated code refers to %s, which the shared code does not declare", name)
		}
		marked[name] = true
	}
	keep := map[*sharedDecl]bool{}
	for changed := true; changed; {
		changed = false
		for _, d := range c.decls {
			if keep[d] || !c.wanted(d, marked, selected) {
				continue
			}
			keep[d] = true
			changed = true
			for _, ref := range d.refs {
				marked[ref] = true
			}
			for _, ref := range d.selected {
				selected[ref] = true
			}
		}
	}
	var body strings.Builder
	pkgs := map[string]bool{}
	for _, d := range c.decls {
		if !keep[d] {
			continue
		}
		body.WriteString(d.text)
		body.WriteString("\n\n")
		for _, name := range d.pkgs {
			if _, ok := c.imports[name]; ok {
				pkgs[name] = true
			}
		}
	}
	var src bytes.Buffer
	for _, line := range header {
		fmt.Fprintf(&src, "// %s\n", line)
	}
	fmt.Fprintf(&src, "\npackage %s\n\nimport (\n", pkg)
	for name := range pkgs {
		fmt.Fprintf(&src, "\t%q\n", c.imports[name])
	}
	src.WriteString(")\n\n")
	src.WriteString(body.String())
	return format.Source(src.Bytes())
}

// wanted reports whether d is to be kept, given the names marked used and
// those selected: a declaration when it is exported or marked, a method
// when its receiver type is there and it is exported, marked or selected.
// A field of the same name as a declaration marks none.
func (c *Runtime) wanted(d *sharedDecl, marked, selected map[string]bool) bool {
	if d.recv != "" && c.declared[d.recv] && !marked[d.recv] {
		return false
	}
	if token.IsExported(d.name) || marked[d.name] || d.recv != "" && selected[d.name] {
		return true
	}
	for _, name := range d.names {
		if marked[name] {
			return true
		}
	}
	return false
}

// isMethod reports whether the shared code declares a method named name.
func (c *Runtime) isMethod(name string) bool {
	for _, d := range c.decls {
		if d.recv != "" && d.name == name {
			return true
		}
	}
	return false
}
