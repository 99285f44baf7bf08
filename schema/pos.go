package schema

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Pos is a place in an input: a page or a schema file, and a 1-based line.
// In YAML it is written "page:line".
type Pos struct {
	Page string
	Line int
}

func (p Pos) String() string {
	switch {
	case p.Page == "":
		return ""
	case p.Line <= 0:
		return p.Page
	}
	return p.Page + ":" + strconv.Itoa(p.Line)
}

// IsZero reports whether p names no place.
func (p Pos) IsZero() bool { return p.Page == "" && p.Line == 0 }

// MarshalYAML writes p as "page:line".
func (p Pos) MarshalYAML() (any, error) { return p.String(), nil }

// UnmarshalYAML reads "page:line".
func (p *Pos) UnmarshalYAML(n *yaml.Node) error {
	var s string
	if err := n.Decode(&s); err != nil {
		return err
	}
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		p.Page, p.Line = s, 0
		return nil
	}
	line, err := strconv.Atoi(s[i+1:])
	if err != nil || line < 0 {
		return fmt.Errorf("line %d: position %q is not page:line", n.Line, s)
	}
	p.Page, p.Line = s[:i], line
	return nil
}

// Diagnostic is a message about a place in an input.
type Diagnostic struct {
	Pos Pos
	Msg string
}

func (d Diagnostic) Error() string {
	if d.Pos.IsZero() {
		return d.Msg
	}
	return d.Pos.String() + ": " + d.Msg
}

// Diagnostics collects messages; as an error it shows the first
// MaxShown and counts the rest.
type Diagnostics []Diagnostic

// MaxShown is how many diagnostics Error prints before counting the rest.
const MaxShown = 10

// Add appends a message at pos.
func (ds *Diagnostics) Add(pos Pos, format string, args ...any) {
	*ds = append(*ds, Diagnostic{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

func (ds Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range ds {
		if i == MaxShown {
			fmt.Fprintf(&b, "... and %d more errors\n", len(ds)-MaxShown)
			break
		}
		b.WriteString(d.Error())
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Err returns ds as an error, or nil when it is empty.
func (ds Diagnostics) Err() error {
	if len(ds) == 0 {
		return nil
	}
	return ds
}
