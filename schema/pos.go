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
	// Knows is what the message knows of what is wrong at Pos besides
	// the line's form, by which OnePerLine keeps one error of a line.
	Knows Knows
	// Recovery is set on a warning made an error (--strict): a recovery
	// of its own, which OnePerLine keeps whatever else its line holds.
	Recovery bool
}

// Knows is what an error knows of what is wrong at its line besides the
// form of the line alone (how a page's reading could not read it): each
// bit a kind of knowledge, the greater the value the more it knows.
type Knows uint8

const (
	// KnowsSection: the error knows the section the line stands in and
	// what its title promises (a check of what a section holds), as a
	// reading of the line's form alone does not.
	KnowsSection Knows = 1 << iota
	// KnowsFix: the error prints the override that settles it, an
	// entry of the overrides file to write.
	KnowsFix
	// KnowsHole: the error is a hole (Hole.Diagnostic), a fact of its
	// own that an override fills: two at one line are two facts, each
	// with its entry to write.
	KnowsHole
)

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

// OnePerLine is ds with one diagnostic per line of an input, as
// go/scanner's ErrorList.RemoveMultiples keeps one error per line, but
// the one that knows most rather than the first: checks of different
// depth that each find a line at fault say it again in other words, and
// only the best advice helps. Of the diagnostics at one line, one that
// prints an override (KnowsFix) beats one that does not; of those
// alike, one that knows the line's section (KnowsSection) beats one
// that knows the line's form alone; of those alike, the first stays. A
// line's holes (KnowsHole) know most, and all of them stay: each is a
// fact of its own, and its entry must be written for the parse to pass.
// A diagnostic at no line (a page's, or none's) stays whatever else is
// reported, and so does a Recovery, each a fact recovered of its own
// that --strict refuses, not a refusal of the line. The order of those
// kept is ds's.
func (ds Diagnostics) OnePerLine() Diagnostics {
	best := map[Pos]int{}
	for i, d := range ds {
		if d.Pos.Line <= 0 || d.Recovery {
			continue
		}
		if j, ok := best[d.Pos]; !ok || d.Knows > ds[j].Knows {
			best[d.Pos] = i
		}
	}
	keep := func(i int, d Diagnostic) bool {
		return d.Pos.Line <= 0 || d.Recovery || best[d.Pos] == i || d.Knows&KnowsHole != 0
	}
	out := make(Diagnostics, 0, len(ds))
	for i, d := range ds {
		if keep(i, d) {
			out = append(out, d)
		}
	}
	if len(out) == len(ds) {
		return ds
	}
	return out
}

// Err returns ds as an error, or nil when it is empty.
func (ds Diagnostics) Err() error {
	if len(ds) == 0 {
		return nil
	}
	return ds
}
