package pages

import (
	"sort"
	"strings"

	"github.com/docs2go/docs2go/schema"
)

// PrimitiveTypes maps the ways pages write a primitive type, as they
// write it, to the schema's name for it: one list for every style and
// every protocol. A type cell spells one in any case ("String", "Number
// Int"), a number's kind after it as GearN writes it ("number int",
// "number float"). GNArray, an array of any values, is no primitive: its
// readers tell it apart.
var PrimitiveTypes = map[string]string{
	"number int": schema.Integer, "integer": schema.Integer, "int": schema.Integer, "long": schema.Integer,
	"int32": schema.Integer, "int64": schema.Integer,
	"number": schema.Number, "number float": schema.Number, "float": schema.Number, "double": schema.Number,
	"float32": schema.Number, "float64": schema.Number,
	"string": schema.String, "boolean": schema.Boolean, "bool": schema.Boolean, "any": schema.Any,
	"object": schema.Hashtable, "hashtable": schema.Hashtable, "GNHashtable": schema.Hashtable, "map": schema.Hashtable,
}

// PrimitiveSpellings are the keys of PrimitiveTypes, longest first (then
// in byte order): a cell that runs on past a type ("int32true…") is cut
// after the longest spelling it starts with.
var PrimitiveSpellings = func() []string {
	s := make([]string, 0, len(PrimitiveTypes))
	for p := range PrimitiveTypes {
		s = append(s, p)
	}
	sort.Slice(s, func(i, j int) bool {
		if len(s[i]) != len(s[j]) {
			return len(s[i]) > len(s[j])
		}
		return s[i] < s[j]
	})
	return s
}()

// Spellings are the spellings of a vocabulary's primitive types, longest
// first, indexed once by the byte a cell holding one begins with: a
// style that splits cells looks them up by a cell's first byte, for every
// cell of every page, and the index is built once for the pages a
// vocabulary reads, not once a page.
type Spellings struct {
	list []string
	at   [256][]string
}

// NewSpellings returns the spellings of list, which is longest first.
func NewSpellings(list []string) *Spellings {
	s := &Spellings{list: list}
	for _, p := range list {
		s.at[p[0]] = append(s.at[p[0]], p)
		if c := p[0]; 'a' <= c && c <= 'z' {
			s.at[c-'a'+'A'] = append(s.at[c-'a'+'A'], p)
		}
	}
	return s
}

// All returns the spellings, longest first.
func (s *Spellings) All() []string { return s.list }

// At returns the spellings a cell beginning with byte b may hold, in
// the order of All: those that begin with b, and, when b is an upper-case
// letter, those that begin with its lower case ("String").
func (s *Spellings) At(b byte) []string { return s.at[b] }

// TypeArgsLen returns the length of the type arguments rest begins with,
// from its "<" to the ">" that closes it ("<String>", "<String,
// List<Long>>"), or 0: they hold names, dots, commas, array brackets and
// spaces. A linked type's name keeps the spaces its link stands between
// when a tool flattens the page ("List< Play >", as Confluence writes
// <a>Play</a> between "List< " and " >"): they are no cell's end.
func TypeArgsLen(rest string) int {
	if !strings.HasPrefix(rest, "<") {
		return 0
	}
	depth := 0
	for i := 0; i < len(rest) && i <= 2*MaxWordLen; i++ {
		switch c := rest[i]; {
		case c == '<':
			depth++
		case c == '>':
			if depth--; depth == 0 {
				return i + 1
			}
		case !IsIdentByte(c) && c != '.' && c != ',' && c != ' ' && c != '[' && c != ']':
			return 0
		}
	}
	return 0
}
