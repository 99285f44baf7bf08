package golang

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/schema"
)

// TypesFile writes the envelope and a struct per object type as gofmt'd
// text: formatting them, as rendering them with jennifer does, would be
// most of the time Generate spends on a large API. ObjectsFile writes
// their methods.
func (g *Emitter) TypesFile(b *bytes.Buffer) bool {
	if g.Envelope == nil && len(g.Objects) == 0 {
		return false
	}
	if g.Envelope != nil {
		g.envelopeType(b)
	}
	for i, o := range g.Objects {
		if i > 0 || g.Envelope != nil {
			b.WriteString("\n")
		}
		WriteDoc(b, g.objectDoc(o))
		var fields []structField
		// The query and path parameters, which a request holds by value,
		// keep the field whatever their members: they make the request
		// incomparable.
		if !incomparable(o.Members) && (o.held || !plainMemory(o.Members)) {
			fields = append(fields, structField{name: "_", typ: "[0]func()"})
		}
		for _, mem := range o.Members {
			fields = append(fields, g.structField(mem))
		}
		writeStruct(b, "type "+o.GoName+" struct {", fields)
	}
	return true
}

// TypesImports lists the packages that the file TypesFile writes imports.
func (g *Emitter) TypesImports() []string {
	for _, mem := range g.Envelope {
		if mem.Kind == KindAny {
			return []string{"encoding/json"}
		}
	}
	for _, o := range g.Objects {
		for _, mem := range o.Members {
			if mem.Kind == KindAny {
				return []string{"encoding/json"}
			}
		}
	}
	return nil
}

// ObjectsFile writes the Validate and ApplyDefaults of the objects that
// requests hold: Validate where the pages document a constraint on the
// object or an object it holds, ApplyDefaults where they document a
// default. An object without them says so in its doc comment (see
// omitted).
func (g *Emitter) ObjectsFile(f *jen.File) bool {
	if g.CheckFunctions {
		return false
	}
	wrote := false
	for _, o := range g.Objects {
		if !o.Input {
			continue
		}
		if o.Checks {
			g.objectValidate(f, o)
			wrote = true
		}
		if o.Defaults {
			g.objectDefaults(f, o)
			wrote = true
		}
	}
	return wrote
}

// objectDoc says which object of the pages a struct is, when its Go name
// does not, then gives the page's description, whose first paragraph
// follows in the same paragraph.
func (g *Emitter) objectDoc(o *Object) string {
	omitted := g.omitted
	if o.held {
		if what, methods := omitted(o); what != "" {
			return o.Type.Description + fmt.Sprintf(" The pages document no %s on them, so %s has no %s.", what, o.GoName, methods)
		}
		return o.Type.Description
	}
	text := fmt.Sprintf("%s is an object of the API", o.GoName)
	if o.GoName != o.Type.Name || len(o.Type.Aliases) > 0 {
		text = fmt.Sprintf("%s is the object %s", o.GoName, strings.Join(append([]string{o.Type.Name}, o.Type.Aliases...), ", also "))
	}
	if what, methods := omitted(o); what != "" {
		text += fmt.Sprintf("; the pages document no %s on it or on the objects it holds, so it has no %s", what, methods)
	}
	text += "."
	if o.Type.Description != "" {
		// The page's description goes on in the same paragraph: a
		// paragraph of its own would cost two lines a type.
		text += " " + o.Type.Description
	}
	if o.Type.Inferred {
		from := "an example"
		if !o.Type.At.IsZero() {
			from = "the example at " + o.Type.At.String()
		}
		text += "\n\nIts members were inferred from " + from + ", not read from a table."
	}
	return text
}

// omitted says what the pages document of no member of an object that
// requests hold, nor of the objects it holds, and which of its methods
// it lacks therefore (see ObjectsFile): "constraint" and "Validate",
// "default" and "ApplyDefaults", or both; "" when it has both methods, is
// no input and has neither, or when the runtime's functions serve it. The object's doc comment says so in the
// sentence that says which object it is: a sentence of its own would
// cost a line a type.
func (g *Emitter) omitted(o *Object) (what, methods string) {
	switch {
	case !o.Input, g.CheckFunctions:
		return "", ""
	case !o.Checks && !o.Defaults:
		return "constraint and no default", "Validate and no ApplyDefaults"
	case !o.Checks:
		return "constraint", "Validate"
	case !o.Defaults:
		return "default", "ApplyDefaults"
	}
	return "", ""
}

// envelopeType writes the envelope as a generic struct: the payload member
// has the type parameter T as its type, so one declaration serves every
// operation.
func (g *Emitter) envelopeType(b *bytes.Buffer) {
	WriteDoc(b, fmt.Sprintf("Envelope is the object every answer of the API comes in. T is the type of the operation's payload, which %s holds.", g.Payload))
	var fields []structField
	for _, mem := range g.Envelope {
		if mem.Field.Name != g.Payload {
			fields = append(fields, g.structField(mem))
			continue
		}
		doc, comment := describe(mem.Field.Description)
		fields = append(fields, structField{doc: doc, name: mem.GoName, typ: "*T", tag: tagLiteral("json:" + strconv.Quote(mem.Field.Name+",omitempty")), comment: comment})
	}
	writeStruct(b, "type Envelope[T any] struct {", fields)
}

// structField is a field of a struct written as text: its name, type
// and tag, the tag empty for none, and its description, as the doc
// comment's lines, or as a comment at the end of its line (see describe).
type structField struct {
	doc            []string
	name, typ, tag string
	comment        string
}

// structField is the Go field of a member: its name on the wire and the
// facts of its page that a runtime reads as its tag (see fieldTag), and
// its description, unless it only restates where the member is.
func (g *Emitter) structField(mem *Member) structField {
	doc, comment := describe(memberDoc(mem))
	return structField{doc: doc, name: mem.GoName, typ: g.goTypeText(mem), tag: fieldTag(mem), comment: comment}
}

// describe lays out the description of a field: a paragraph as a comment
// at the end of the field's line, which go doc shows, and which costs no
// line; more than one as the lines of a doc comment above the field.
func describe(text string) (doc []string, comment string) {
	lines := commentLines(text)
	if len(lines) == 1 {
		return nil, lines[0]
	}
	return lines, ""
}

// memberDoc is the doc comment of a member's field: its description,
// unless it only restates where the member is.
func memberDoc(mem *Member) string {
	if usedIn(mem.Field) {
		return ""
	}
	return mem.Field.Description
}

// writeStruct writes a struct declaration, header its first line, with
// its fields laid out as gofmt lays them out, in columns of cells as wide
// as the widest cell of the column on consecutive lines that have it, and a
// space: the names of a run of fields that no doc comment breaks; the
// types of the fields of such a run with a tag or a comment after them;
// the tags of those with a comment after them. A comment after a type
// without a tag starts where the tags of its run start. Widths are in
// characters.
func writeStruct(b *bytes.Buffer, header string, fields []structField) {
	b.WriteString(header + "\n")
	// typeCell and tagCell report whether field i's type and tag are cells
	// that a column aligns: whether something follows them on the line.
	typeCell := func(f structField) bool { return f.tag != "" || f.comment != "" }
	tagCell := func(f structField) bool { return f.tag != "" && f.comment != "" }
	// widths returns the width of the column of the cells of fields that
	// cell says are cells, and of fields between them, cell by cell.
	widths := func(fields []structField, cell func(structField) bool, text func(structField) string) []int {
		w := make([]int, len(fields))
		for i := 0; i < len(fields); {
			if !cell(fields[i]) {
				i++
				continue
			}
			j, width := i, 0
			for ; j < len(fields) && cell(fields[j]); j++ {
				width = max(width, utf8.RuneCountInString(text(fields[j])))
			}
			for k := i; k < j; k++ {
				w[k] = width + 1
			}
			i = j
		}
		return w
	}
	for start := 0; start < len(fields); {
		end := start + 1
		for end < len(fields) && len(fields[end].doc) == 0 {
			end++
		}
		section := fields[start:end]
		nameWidth := 0
		for _, f := range section {
			nameWidth = max(nameWidth, utf8.RuneCountInString(f.name))
		}
		typeWidth := widths(section, typeCell, func(f structField) string { return f.typ })
		tagWidth := widths(section, tagCell, func(f structField) string { return f.tag })
		for i, f := range section {
			writeCommentLines(b, "\t", f.doc)
			b.WriteString("\t" + f.name)
			pad(b, nameWidth-utf8.RuneCountInString(f.name)+1)
			b.WriteString(f.typ)
			if typeCell(f) {
				pad(b, typeWidth[i]-utf8.RuneCountInString(f.typ))
			}
			if f.tag != "" {
				b.WriteString(f.tag)
				if tagCell(f) {
					pad(b, tagWidth[i]-utf8.RuneCountInString(f.tag))
				}
			}
			if f.comment != "" {
				b.WriteString("// " + f.comment)
			}
			b.WriteString("\n")
		}
		start = end
	}
	b.WriteString("}\n")
}

// pad writes n spaces.
func pad(b *bytes.Buffer, n int) {
	for range n {
		b.WriteByte(' ')
	}
}

// StructField writes the Go field of a member as structField describes
// it, to a struct that jennifer renders.
func (g *Emitter) StructField(s *jen.Group, mem *Member) {
	doc, comment := describe(memberDoc(mem))
	docLines(s, doc)
	field := s.Id(mem.GoName).Add(g.GoType(mem)).Op(fieldTag(mem))
	if comment != "" {
		field.Comment("// " + comment)
	}
}

// usedInRe matches the description pages give a member they say nothing
// of: "Device used in ExternalItem. See Device", "Type field in AvatarItem.".
var usedInRe = regexp.MustCompile(`^(\S+) (?:used|field) in [A-Za-z0-9_.]+\.?(?: See [A-Za-z0-9_.]+\.?)?$`)

// usedIn reports whether f's description only names f, the object that
// holds it and its type, which the struct field says already.
func usedIn(f *schema.Field) bool {
	// Most descriptions say more: they are told without the regexp, which
	// would be a tenth of the time Generate takes on a large API.
	if !strings.Contains(f.Description, " used in ") && !strings.Contains(f.Description, " field in ") {
		return false
	}
	m := usedInRe.FindStringSubmatch(strings.TrimSpace(f.Description))
	return m != nil && strings.EqualFold(m[1], f.Name)
}

// GoType is the Go type of a member; see Member.Pointer for when it is a
// pointer.
//
// "any" is json.RawMessage rather than the interface type: the value stays
// as the client sent it, so a large integer keeps its precision, JSON null
// is told from absence, and the handler decodes it into whatever type it
// expects. A hashtable is map[string]any: it is a JSON object by
// definition, and a map lets the handler read and count its entries
// without decoding.
func (g *Emitter) GoType(mem *Member) *jen.Statement {
	t := g.BaseType(mem)
	switch {
	case mem.Field.Array:
		return jen.Index().Add(t)
	case mem.Pointer():
		return jen.Op("*").Add(t)
	}
	return t
}

// BaseType is the Go type of a member's value, or of its items when it is
// an array.
func (g *Emitter) BaseType(mem *Member) *jen.Statement {
	switch mem.Kind {
	case KindString:
		return jen.String()
	case KindBoolean:
		return jen.Bool()
	case KindNumber:
		return jen.Float64()
	case KindInteger:
		return jen.Int64()
	case KindAny:
		return jen.Qual("encoding/json", "RawMessage")
	case KindHashtable:
		return jen.Map(jen.String()).Any()
	case KindEnum:
		return jen.Id(mem.Enum.GoName)
	}
	return jen.Id(mem.Object.GoName)
}

// goTypeText is GoType as text, for a file written as text.
func (g *Emitter) goTypeText(mem *Member) string {
	var t string
	switch mem.Kind {
	case KindString:
		t = "string"
	case KindBoolean:
		t = "bool"
	case KindNumber:
		t = "float64"
	case KindInteger:
		t = "int64"
	case KindAny:
		t = "json.RawMessage"
	case KindHashtable:
		t = "map[string]any"
	case KindEnum:
		t = mem.Enum.GoName
	default:
		t = mem.Object.GoName
	}
	switch {
	case mem.Field.Array:
		return "[]" + t
	case mem.Pointer():
		return "*" + t
	}
	return t
}

// Incomparable writes the first field of a struct of the API that would
// be comparable otherwise, `_ [0]func()`, which makes it a type that ==
// does not compare, at no cost in size: the compiler writes an equality
// function for every comparable struct whose fields are not plain memory,
// and an API of twenty thousand types would compile twenty thousand of them
// that nothing calls. A struct that holds a member == cannot compare (see
// incomparable), or a struct of the API by value (held: a request's query
// parameters), needs no such field, and neither does an object of
// pointers only (see plainMemory, TypesFile), which the runtime compares
// as memory: the field costs a line of each. A request holds its headers,
// strings, besides its members.
func Incomparable(s *jen.Group, members []*Member, held bool) {
	if held || incomparable(members) {
		return
	}
	s.Id("_").Index(jen.Lit(0)).Func().Params()
}

// plainMemory reports whether a struct with a field per member is one
// that == compares as memory, for which the compiler writes no equality
// function: whether every member is a pointer (an object, or an optional
// member of a scalar type), which fill the struct without padding.
func plainMemory(members []*Member) bool {
	for _, mem := range members {
		if !mem.Pointer() {
			return false
		}
	}
	return true
}

// incomparable reports whether a struct with a field per member is one
// that == does not compare: whether a member is an array, a hashtable or
// "any", a slice or a map in Go. Objects are pointers, which == compares.
func incomparable(members []*Member) bool {
	for _, mem := range members {
		if mem.Field.Array || mem.Kind == KindAny || mem.Kind == KindHashtable {
			return true
		}
	}
	return false
}

// HeadersField writes the Headers field of a request, of type typ, which
// is no part of its body.
func HeadersField(s *jen.Group, typ string) {
	s.Id("Headers").Id(typ).Op("`json:\"-\"`").Comment("// Headers holds the request's headers; they are not part of the body.")
}

// PathField writes the Path field of a request, of type typ, which is no
// part of its body.
func PathField(s *jen.Group, typ string) {
	s.Id("Path").Id(typ).Op("`json:\"-\"`").Comment("// Path holds the request's path parameters; they are not part of the body.")
}

// QueryField writes the Query field of a request, of type typ, which is no
// part of its body.
func QueryField(s *jen.Group, typ string) {
	s.Id("Query").Id(typ).Op("`json:\"-\"`").Comment("// Query holds the request's query parameters; they are not part of the body.")
}
