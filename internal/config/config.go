// Package config reads docs2go.yaml, the file that says what docs2go makes
// in a repository: which pages it parses, where the schema they give is
// committed, and where and under which package name the Go code goes.
//
//	name: gearn
//	source:
//	  start: https://docs.example.com/api/
//	  dir: docs/gearn
//	pages:
//	  - docs/gearn/*.html
//	schema: specs/gearn.yaml
//	output: internal/gearn
//	package: gearn
//
// An API whose pages leave the base out of their paths (Kakao Games':
// "/auth/validation" of "/service/v5/auth/validation") says it with
// basePath: /service/v5, for the pages that show no example request.
// The protocol of the pages (gearn, or http-status for an API whose HTTP
// status codes carry the outcome) is told by each page's marks; a page
// whose marks do not tell it is refused, and protocol: gearn gives it.
//
// Paths are relative to the directory of the file, so that a command gives
// the same result from wherever it runs. An unknown key or a value of the
// wrong kind is an error at its line.
package config

import (
	"errors"
	"fmt"
	"go/token"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/docs2go/docs2go/internal/yamlpos"

	"github.com/docs2go/docs2go/schema"
)

// FileName is the name the commands look for in the current directory.
const FileName = "docs2go.yaml"

// Config is what a docs2go.yaml says.
type Config struct {
	// Path is the file the config was read from, as given; Dir is its
	// directory, which the paths below are relative to.
	Path string
	Dir  string
	// Name is the API's short name, written into the schema.
	Name string
	// Pages are the globs of the pages to parse, in order. Each glob's
	// matches are taken in name order; a page two globs match is read once,
	// where it first appears.
	Pages []Glob
	// Schema is the schema file: written by parsing the pages, read to
	// generate the code.
	Schema string
	// Overrides is the overrides file applied to the parsed schema.
	Overrides string
	// Output is the directory of the generated package, and Package its
	// name.
	Output  string
	Package string
	// Strict makes every recovery of the parser an error.
	Strict bool
	// BasePath is the base path ("/service/v5") of the paths of the pages
	// that show no example request, for an API whose pages leave it out.
	BasePath string
	// Protocol is the protocol of the pages, for pages whose marks do not
	// tell it; empty: each page's marks tell it.
	Protocol schema.Protocol
	// Source is the docs site the pages are fetched from, or nil.
	Source *Source
}

// Source is the docs site docs fetch crawls.
type Source struct {
	// Start are the URLs the crawl starts from.
	Start []string
	// Prefix bounds the crawl: only links that start with it are
	// followed. Empty: the folder of each start URL.
	Prefix string
	// Dir is the folder the pages are saved in, relative to the file.
	Dir string
	// Line is where source is.
	Line int
}

// Glob is one entry of pages, with the line it was read from.
type Glob struct {
	Pattern string
	Line    int
}

// keys are the keys of the file, in the order Config declares them.
var keys = []string{"name", "source", "pages", "schema", "overrides", "output", "package", "strict", "basePath", "protocol"}

// basePathRe matches a base path: "/service/v5".
var basePathRe = regexp.MustCompile(`^(?:/[A-Za-z0-9._~-]+)+$`)

// sourceKeys are the keys of source.
var sourceKeys = []string{"start", "prefix", "dir"}

// Load reads and validates the config file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads and validates a config file's content; path names it in
// errors ("docs2go.yaml:7: unknown key \"outptu\"") and gives the
// directory its paths are relative to.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path, Dir: filepath.Dir(path)}
	var diags schema.Diagnostics
	at := func(line int) schema.Pos { return schema.Pos{Page: path, Line: line} }
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlpos.Error(err)
		diags.Add(at(line), "%s", msg)
		return nil, diags
	}
	if len(doc.Content) == 0 {
		diags.Add(at(0), "the file is empty; it needs at least %q", "schema")
		return nil, diags
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		diags.Add(at(root.Line), "want a mapping of keys (%s), found %s", keyList(), yamlpos.Kind(root))
		return nil, diags
	}
	seen := eachKey(&diags, at, root, func(k, v *yaml.Node) {
		switch k.Value {
		case "name":
			c.Name = str(&diags, at, k, v)
		case "pages":
			c.Pages = globs(&diags, at, k, v)
		case "schema":
			c.Schema = str(&diags, at, k, v)
		case "overrides":
			c.Overrides = str(&diags, at, k, v)
		case "output":
			c.Output = str(&diags, at, k, v)
		case "package":
			c.Package = str(&diags, at, k, v)
			if c.Package != "" && (!token.IsIdentifier(c.Package) || c.Package == "_") {
				diags.Add(at(v.Line), "package %q is not a Go identifier", c.Package)
			}
		case "source":
			c.Source = source(&diags, at, v)
		case "strict":
			if err := v.Decode(&c.Strict); err != nil || v.Kind != yaml.ScalarNode {
				diags.Add(at(v.Line), "strict: want true or false, found %s", yamlpos.Kind(v))
			}
		case "basePath":
			c.BasePath = str(&diags, at, k, v)
			if !basePathRe.MatchString(c.BasePath) {
				diags.Add(at(v.Line), "basePath %q is not a path such as /service/v5: a slash, then segments without spaces, and no slash at its end", c.BasePath)
			}
		case "protocol":
			c.Protocol = schema.Protocol(str(&diags, at, k, v))
			if c.Protocol != "" && c.Protocol != schema.ProtocolGearN && c.Protocol != schema.ProtocolHTTPStatus {
				diags.Add(at(v.Line), "protocol %q is none docs2go reads: want %s or %s", c.Protocol, schema.ProtocolGearN, schema.ProtocolHTTPStatus)
			}
		default:
			unknown(&diags, at, k, keys)
		}
	})
	if _, ok := seen["schema"]; !ok {
		diags.Add(at(0), "no %q: say where the schema is committed", "schema")
	}
	if c.Source != nil && len(c.Pages) == 0 && c.Source.Dir != "" {
		// The fetched pages are the pages.
		c.Pages = []Glob{{Pattern: c.Source.Dir, Line: c.Source.Line}}
	}
	if err := diags.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// eachKey calls read with each key of the mapping m and its value, in
// their order, but reports a key set twice at its second place instead,
// and returns the line of each key.
func eachKey(diags *schema.Diagnostics, at func(int) schema.Pos, m *yaml.Node, read func(k, v *yaml.Node)) map[string]int {
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if prev, ok := seen[k.Value]; ok {
			diags.Add(at(k.Line), "key %q is set twice (first at line %d)", k.Value, prev)
			continue
		}
		seen[k.Value] = k.Line
		read(k, v)
	}
	return seen
}

// unknown reports an unknown key, with the known key it is nearest to.
func unknown(diags *schema.Diagnostics, at func(int) schema.Pos, k *yaml.Node, known []string) {
	msg := fmt.Sprintf("unknown key %q", k.Value)
	if near := nearest(k.Value, known); near != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", near)
	} else {
		msg += " (known keys: " + strings.Join(known, ", ") + ")"
	}
	diags.Add(at(k.Line), "%s", msg)
}

// source reads the source mapping: start (a URL or a list of them),
// prefix and dir.
func source(diags *schema.Diagnostics, at func(int) schema.Pos, v *yaml.Node) *Source {
	if v.Kind != yaml.MappingNode {
		diags.Add(at(v.Line), "source: want a mapping of keys (%s), found %s", strings.Join(sourceKeys, ", "), yamlpos.Kind(v))
		return nil
	}
	s := &Source{Line: v.Line}
	seen := eachKey(diags, at, v, func(k, val *yaml.Node) {
		switch k.Value {
		case "start":
			items := []*yaml.Node{val}
			if val.Kind == yaml.SequenceNode {
				items = val.Content
			}
			for _, it := range items {
				if u := urlValue(diags, at, k, it); u != "" {
					s.Start = append(s.Start, u)
				}
			}
		case "prefix":
			s.Prefix = urlValue(diags, at, k, val)
		case "dir":
			s.Dir = str(diags, at, k, val)
		default:
			unknown(diags, at, k, sourceKeys)
		}
	})
	if len(s.Start) == 0 && seen["start"] == 0 {
		diags.Add(at(v.Line), "source: no %q: give the URL the crawl starts from", "start")
	}
	if seen["dir"] == 0 {
		diags.Add(at(v.Line), "source: no %q: say which folder the pages are saved in", "dir")
	}
	if s.Prefix != "" {
		for _, u := range s.Start {
			if !strings.HasPrefix(u, s.Prefix) {
				diags.Add(at(seen["prefix"]), "source: the start URL %s is outside the prefix %s", u, s.Prefix)
			}
		}
	}
	return s
}

// urlValue reads an absolute http or https URL.
func urlValue(diags *schema.Diagnostics, at func(int) schema.Pos, k, v *yaml.Node) string {
	s := str(diags, at, k, v)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		diags.Add(at(v.Line), "%s: %q is not an http or https URL", k.Value, s)
		return ""
	}
	return s
}

// str reads a non-empty string value.
func str(diags *schema.Diagnostics, at func(int) schema.Pos, k, v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		diags.Add(at(v.Line), "%s: want a string, found %s", k.Value, yamlpos.Kind(v))
		return ""
	}
	if strings.TrimSpace(v.Value) == "" {
		diags.Add(at(v.Line), "%s is empty", k.Value)
		return ""
	}
	return v.Value
}

// globs reads pages: a list of globs, or one glob.
func globs(diags *schema.Diagnostics, at func(int) schema.Pos, k, v *yaml.Node) []Glob {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
		if len(items) == 0 {
			diags.Add(at(v.Line), "pages is an empty list; leave it out to generate from the schema alone")
		}
	}
	var out []Glob
	for _, it := range items {
		p := str(diags, at, k, it)
		if p == "" {
			continue
		}
		if _, err := filepath.Match(filepath.FromSlash(p), ""); err != nil {
			diags.Add(at(it.Line), "pages: %q is not a glob: %v", p, err)
			continue
		}
		out = append(out, Glob{Pattern: p, Line: it.Line})
	}
	return out
}

// Resolve returns path, relative to the config's directory, as a path
// relative to the current directory (or absolute, when it is).
func (c *Config) Resolve(path string) string {
	path = filepath.FromSlash(path)
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(c.Dir, path)
}

// PagePaths expands the page globs into file paths, in order, each once.
// A glob that matches nothing is an error at its line.
func (c *Config) PagePaths() ([]string, error) {
	var paths []string
	var diags schema.Diagnostics
	seen := map[string]bool{}
	for _, g := range c.Pages {
		matches, err := filepath.Glob(c.Resolve(g.Pattern))
		if err != nil {
			diags.Add(schema.Pos{Page: c.Path, Line: g.Line}, "pages: %q: %v", g.Pattern, err)
			continue
		}
		if len(matches) == 0 {
			what := "matches no file"
			if !hasMeta(g.Pattern) {
				what = "does not exist"
			}
			diags.Add(schema.Pos{Page: c.Path, Line: g.Line}, "pages: %q %s", g.Pattern, what)
			continue
		}
		for _, m := range matches {
			if !seen[m] {
				seen[m] = true
				paths = append(paths, m)
			}
		}
	}
	if err := diags.Err(); err != nil {
		return nil, err
	}
	return paths, nil
}

// Find loads ./docs2go.yaml when it exists; it returns nil and no error
// when it does not.
func Find() (*Config, error) {
	c, err := Load(FileName)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return c, err
}

func hasMeta(pattern string) bool { return strings.ContainsAny(pattern, `*?[\`) }

func keyList() string {
	return strings.Join(keys, ", ")
}

// nearest returns the known key within two edits of key, if one is.
func nearest(key string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := distance(strings.ToLower(key), k); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// distance is the Levenshtein distance of a and b, counting a swap of two
// neighbouring letters as one edit.
func distance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
