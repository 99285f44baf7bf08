package overrides

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/docs2go/docs2go/internal/yamlpos"

	"github.com/docs2go/docs2go/schema"
)

// fixKeys are the keys a fix may have, in the order messages list them.
var fixKeys = []string{
	"object", "operation", "role", "in", "field", "add", "rename",
	"response", "type", "required", "minLength", "maxLength", "minimum", "maximum",
	"minItems", "maxItems", "default", "values", "form", "description", "reason",
}

// settingKeys are the fix keys that set a property of the field.
var settingKeys = map[string]bool{
	"type": true, "required": true, "minLength": true, "maxLength": true,
	"minimum": true, "maximum": true, "minItems": true, "maxItems": true,
	"default": true, "values": true, "form": true, "description": true,
}

var (
	nameRe = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)
	// headerNameRe matches an HTTP header's name, a token: Auth-Token.
	headerNameRe = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")
	roleNames    = []string{"client", "server", "admin"}
)

// Load reads an overrides file. It is strict: an unknown key, a value of
// the wrong kind and a fix that names no target or no field are errors
// located at their line, all of them reported, as a schema.Diagnostics.
// An empty file has no fixes.
func Load(name string, data []byte) (*File, error) {
	l := &loader{file: &File{Name: name}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlpos.Error(err)
		if line == 0 {
			line = 1
		}
		return nil, schema.Diagnostics{{Pos: schema.Pos{Page: name, Line: line}, Msg: msg}}
	}
	if len(doc.Content) > 0 {
		l.document(doc.Content[0])
	}
	if len(l.errs) > 0 {
		return nil, l.errs
	}
	return l.file, nil
}

type loader struct {
	file *File
	errs schema.Diagnostics
}

func (l *loader) fail(line int, format string, args ...any) {
	l.errs.Add(schema.Pos{Page: l.file.Name, Line: line}, format, args...)
}

func (l *loader) document(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.MappingNode {
		l.fail(n.Line, "an overrides file is a mapping with the keys fixes, tables and endpoints, not %s", yamlpos.Kind(n))
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "fixes":
			l.list(v, "fixes is a list of fixes", func(f *yaml.Node) {
				if fx := l.fix(f); fx != nil {
					l.file.Fixes = append(l.file.Fixes, fx)
				}
			})
		case "tables":
			l.list(v, "tables is a list of entries such as {table: page.txt:67, type: Name}", func(t *yaml.Node) {
				if tf := l.table(t); tf != nil {
					l.file.Tables = append(l.file.Tables, tf)
				}
			})
		case "endpoints":
			l.list(v, "endpoints is a list of entries such as {section: page.md:7, line: POST /api/rJson/group/client/operation}", func(e *yaml.Node) {
				if ef := l.endpoint(e); ef != nil {
					l.file.Endpoints = append(l.file.Endpoints, ef)
				}
			})
		default:
			l.fail(k.Line, "unknown key %q: an overrides file has the keys fixes, tables and endpoints only", k.Value)
		}
	}
}

// list reads each item of a list with item; an empty list is none, and
// anything but a list is an error that says what the key holds.
func (l *loader) list(v *yaml.Node, holds string, item func(*yaml.Node)) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return
	}
	if v.Kind != yaml.SequenceNode {
		l.fail(v.Line, "%s, not %s", holds, yamlpos.Kind(v))
		return
	}
	for _, n := range v.Content {
		item(n)
	}
}

// entry reads an entry of a list of the file, a mapping whose values
// are text (text), calling key with each key, its value and its text.
// An entry that is no mapping is an error that says what it is (form),
// and entry reports false.
func (l *loader) entry(n *yaml.Node, form string, key func(k, val *yaml.Node, s string)) bool {
	if n.Kind != yaml.MappingNode {
		l.fail(n.Line, "%s, not %s", form, yamlpos.Kind(n))
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if s, ok := l.text(k.Value, val); ok {
			key(k, val, s)
		}
	}
	return true
}

// tableRe matches where a table is: its page and the line of its header,
// "buyBundle.txt:67", as the parser's errors locate it.
var tableRe = regexp.MustCompile(`^(.+):([1-9][0-9]*)$`)

// pos reads the value s of key, a place on a page as the parser's errors
// locate it ("buyBundle.txt:67"), or reports at val that it is none, as
// example shows one.
func (l *loader) pos(key, s string, val *yaml.Node, example string) (schema.Pos, bool) {
	m := tableRe.FindStringSubmatch(s)
	if m == nil {
		l.fail(val.Line, "%s: %q is no page and line such as %s", key, s, example)
		return schema.Pos{}, false
	}
	line, _ := strconv.Atoi(m[2])
	return schema.Pos{Page: m[1], Line: line}, true
}

// table reads an entry that assigns a table without a heading to a type,
// {table: page.txt:67, type: Name, reason: …}, or places a table in a
// section, {table: page.txt:67, section: request body}, or gives the row
// of a shared code table at a line to the operation whose detail code it
// is, {table: page.txt:70, operation: register}, or gives a code table
// without a Status column its status, {table: page.txt:51, status: 481},
// or returns nil after reporting why it cannot.
func (l *loader) table(n *yaml.Node) *TableFix {
	tf := &TableFix{Line: n.Line}
	ok := l.entry(n, "a tables entry is a mapping such as {table: page.txt:67, type: Name}", func(k, val *yaml.Node, s string) {
		switch k.Value {
		case "table":
			if pos, ok := l.pos(k.Value, s, val, "page.txt:67"); ok {
				tf.Table = pos
			}
		case "type":
			if !typeNameRe.MatchString(s) {
				l.fail(val.Line, "type: %q is no type name", s)
			}
			tf.Type = s
		case "section":
			tf.Section = s
		case "operation":
			tf.Operation = s
		case "status":
			tf.Status = s
		case "reason":
			tf.Reason = s
		default:
			l.fail(k.Line, "unknown key %q; a tables entry has the keys table, type, section, operation, status and reason", k.Value)
		}
	})
	if !ok {
		return nil
	}
	set := 0
	for _, v := range []string{tf.Type, tf.Section, tf.Operation, tf.Status} {
		if v != "" {
			set++
		}
	}
	if tf.Table.Page == "" || set != 1 {
		l.fail(n.Line, "a tables entry needs a table (page.txt:67) and one of a type (the type a table without a heading documents), a section (that of a table whose title is lost: request body, response body, …), an operation (whose detail code the row of a shared code table at that line gives) or a status (whose detail codes the code table without a Status column at that line lists)")
		return nil
	}
	return tf
}

// endpointLineRe matches an endpoint line: a method and a path.
var endpointLineRe = regexp.MustCompile(`^([A-Z]+) +(/\S*)$`)

// endpoint reads an entry that gives a section its lost endpoint line,
// {section: page.md:7, line: POST /api/rJson/…, reason: …}, or returns
// nil after reporting why it cannot.
func (l *loader) endpoint(n *yaml.Node) *EndpointFix {
	ef := &EndpointFix{Line: n.Line}
	ok := l.entry(n, "an endpoints entry is a mapping such as {section: page.md:7, line: POST /api/rJson/group/client/operation}", func(k, val *yaml.Node, s string) {
		switch k.Value {
		case "section":
			if pos, ok := l.pos(k.Value, s, val, "page.md:7"); ok {
				ef.Section = pos
			}
		case "line":
			m := endpointLineRe.FindStringSubmatch(s)
			if m == nil || strings.ContainsAny(s, "<>") {
				l.fail(val.Line, "line: %q is no endpoint line such as POST /api/rJson/group/client/operation (with each <placeholder> replaced)", s)
				return
			}
			ef.Method, ef.Path = m[1], m[2]
		case "reason":
			ef.Reason = s
		default:
			l.fail(k.Line, "unknown key %q; an endpoints entry has the keys section, line and reason", k.Value)
		}
	})
	if !ok {
		return nil
	}
	if ef.Section.Page == "" || ef.Path == "" {
		l.fail(n.Line, "an endpoints entry needs a section (page.md:7, the line of the section's heading) and a line (POST /api/rJson/group/client/operation)")
		return nil
	}
	return ef
}

// typeNameRe matches a type name, with its namespace: GenericModels.BanItem.
var typeNameRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$`)

// fix reads one fix, or returns nil after reporting why it cannot.
func (l *loader) fix(n *yaml.Node) *Fix {
	if n.Kind != yaml.MappingNode {
		l.fail(n.Line, "a fix is a mapping such as {object: Name, field: name, type: string}, not %s", yamlpos.Kind(n))
		return nil
	}
	fx := &Fix{Line: n.Line}
	before := len(l.errs)
	seen := map[string]int{}
	addLine := 0
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !slices.Contains(fixKeys, k.Value) {
			l.fail(k.Line, "unknown key %q; a fix has the keys %s", k.Value, strings.Join(fixKeys, ", "))
			continue
		}
		if prev, ok := seen[k.Value]; ok {
			l.fail(k.Line, "%s is given twice in one fix (first at line %d)", k.Value, prev)
			continue
		}
		seen[k.Value] = k.Line
		if settingKeys[k.Value] {
			if val, ok := l.value(k.Value, v); ok {
				fx.Settings = append(fx.Settings, Setting{Key: k.Value, Line: k.Line, Value: val})
			}
			continue
		}
		s, ok := l.text(k.Value, v)
		if !ok {
			continue
		}
		switch k.Value {
		case "object":
			fx.Object = s
		case "operation":
			fx.Operation = s
		case "in":
			fx.In = s
			if s != "body" && s != "query" && s != "path" && s != "headers" {
				l.fail(v.Line, "in: %q is neither body, query, path nor headers", s)
			}
		case "role":
			fx.Role = s
			if !slices.Contains(roleNames, s) {
				l.fail(v.Line, "role %q is not client, server or admin", s)
			}
		case "field":
			fx.Field = s
		case "add":
			fx.Add = s
			addLine = v.Line
		case "rename":
			fx.Rename, fx.RenameLine = s, k.Line
			if !nameRe.MatchString(s) {
				l.fail(v.Line, "rename: %q is not a field name", s)
			}
		case "reason":
			fx.Reason = s
		case "response":
			fx.Response = s
		}
	}
	if fx.Response != "" {
		l.responseFix(fx, seen)
		if len(l.errs) > before {
			return nil
		}
		return fx
	}
	switch {
	case fx.Object == "" && fx.Operation == "":
		l.fail(fx.Line, "the fix names neither an object nor an operation to correct")
	case fx.Object != "" && fx.Operation != "":
		l.fail(fx.Line, "the fix names both object %s and operation %s; a fix corrects one of them", fx.Object, fx.Operation)
	case fx.Object != "" && fx.Role != "":
		l.fail(seen["role"], "role %s is given for object %s; a role narrows an operation only", fx.Role, fx.Object)
	case fx.Object != "" && fx.In != "":
		l.fail(seen["in"], "in: %s is given for object %s; in says where an operation's field is", fx.In, fx.Object)
	}
	switch {
	case fx.Field == "" && fx.Add == "":
		l.fail(fx.Line, "the fix names no field: give field (to change one) or add (to add one)")
	case fx.Field != "" && fx.Add != "":
		l.fail(fx.Line, "the fix has both field %s and add %s; a fix changes or adds one field", fx.Field, fx.Add)
	case fx.Add != "" && fx.Rename != "":
		l.fail(fx.RenameLine, "rename is for a field the pages document; name an added field with add")
	case fx.Add != "" && seen["type"] == 0:
		l.fail(fx.Line, "the fix adds field %s but gives it no type", fx.Add)
	case fx.Field != "" && fx.Rename == "" && len(fx.Settings) == 0 && len(l.errs) == before:
		l.fail(fx.Line, "the fix names field %s but changes nothing", fx.Field)
	}
	if line := seen["form"]; line > 0 && fx.In != "query" && fx.In != "headers" {
		l.fail(line, "form is given for a field that is no query parameter; only an array in: query has one")
	}
	switch {
	case fx.In == "headers":
		l.headerFix(fx, seen)
		if fx.Add != "" && !headerNameRe.MatchString(fx.Add) {
			l.fail(addLine, "add: %q is not a header name", fx.Add)
		}
	case fx.Add != "" && !nameRe.MatchString(fx.Add):
		l.fail(addLine, "add: %q is not a field name", fx.Add)
	}
	if len(l.errs) > before {
		return nil
	}
	return fx
}

// responseFix checks a fix with response: it gives an operation the
// type of its answer (an operation's, every role's), and sets nothing
// else.
func (l *loader) responseFix(fx *Fix, seen map[string]int) {
	if fx.Operation == "" {
		l.fail(fx.Line, "response: %s names no operation: a fix with response gives an operation the type of its answer; give operation", fx.Response)
	}
	for _, k := range fixKeys {
		if line := seen[k]; line > 0 && k != "operation" && k != "response" && k != "reason" {
			l.fail(line, "%s is given with response: a fix with response gives an operation the type of its answer, and sets nothing else", k)
		}
	}
}

// headerKeys are the settings a fix with in: headers may give the header
// it adds.
var headerKeys = []string{"type", "required", "description"}

// headerFix checks a fix with in: headers: it adds a header (add:), of a
// type, with its requiredness, and may describe it; the headers a page
// documents are not corrected, so field: and the other settings are
// errors.
func (l *loader) headerFix(fx *Fix, seen map[string]int) {
	if fx.Field != "" {
		l.fail(seen["field"], "in: headers adds a header the page lost (add:); it corrects none the page documents (field:)")
	}
	if fx.Add != "" && seen["required"] == 0 {
		l.fail(fx.Line, "the fix adds header %s but does not say whether it is required (required: true or false)", fx.Add)
	}
	for _, s := range fx.Settings {
		if !slices.Contains(headerKeys, s.Key) {
			l.fail(s.Line, "%s is no setting of a header; a fix with in: headers sets %s", s.Key, strings.Join(headerKeys, ", "))
		}
	}
}

// text reads a string value.
func (l *loader) text(key string, v *yaml.Node) (string, bool) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" || strings.TrimSpace(v.Value) == "" {
		l.fail(v.Line, "%s: want a name or text, not %s", key, yamlpos.Kind(v))
		return "", false
	}
	return strings.TrimSpace(v.Value), true
}

// value reads the value of a setting; see Setting.Value.
func (l *loader) value(key string, v *yaml.Node) (any, bool) {
	null := v.Kind == yaml.ScalarNode && v.Tag == "!!null"
	switch key {
	case "type", "description":
		return l.text(key, v)
	case "required":
		if v.Kind == yaml.ScalarNode && v.Tag == "!!bool" {
			b, _ := strconv.ParseBool(v.Value)
			return b, true
		}
		l.fail(v.Line, "required: want true or false, not %s", yamlpos.Kind(v))
	case "minLength", "maxLength", "minItems", "maxItems":
		if null {
			return nil, true
		}
		if n, err := strconv.Atoi(v.Value); err == nil && v.Kind == yaml.ScalarNode && v.Tag == "!!int" && n >= 0 {
			return n, true
		}
		l.fail(v.Line, "%s: want a whole number of at least 0, or null, not %s", key, yamlpos.Kind(v))
	case "minimum", "maximum":
		if null {
			return nil, true
		}
		if x, err := strconv.ParseFloat(v.Value, 64); err == nil && v.Kind == yaml.ScalarNode && (v.Tag == "!!int" || v.Tag == "!!float") && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return x, true
		}
		l.fail(v.Line, "%s: want a number, or null, not %s", key, yamlpos.Kind(v))
	case "values":
		if null {
			return nil, true
		}
		if v.Kind == yaml.SequenceNode && len(v.Content) > 0 {
			var vals []string
			for _, c := range v.Content {
				if c.Kind != yaml.ScalarNode || c.Tag == "!!null" {
					l.fail(c.Line, "values: want a list of values, not %s in it", yamlpos.Kind(c))
					return nil, false
				}
				vals = append(vals, c.Value)
			}
			return vals, true
		}
		l.fail(v.Line, "values: want a list such as [ios, android], or null, not %s", yamlpos.Kind(v))
	case "form":
		if null {
			return nil, true
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value == string(schema.FormComma) {
			return schema.FormComma, true
		}
		l.fail(v.Line, "form: want %s (the items joined with commas), or null (the parameter repeated), not %s", schema.FormComma, yamlpos.Kind(v))
	case "default":
		if null {
			return nil, true
		}
		if v.Kind == yaml.ScalarNode {
			var d any
			if err := v.Decode(&d); err == nil {
				switch d.(type) {
				case bool, int, float64, string:
					return d, true
				}
			}
		}
		l.fail(v.Line, "default: want a boolean, a number or a string, or null, not %s", yamlpos.Kind(v))
	}
	return nil, false
}
