package backend

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
	statusruntime "github.com/docs2go/docs2go/protocols/httpstatus/runtime"
	"github.com/docs2go/docs2go/schema"
)

// headersFile writes, per operation, the struct of its request headers,
// each field with what its page documents of its header in tags (see
// headerTag), and its Validate. The checks, and the reading and writing of
// the headers, are the runtime's, which reads the tags once per type.
func (sg *statusGen) headersFile(f *jen.File) bool {
	if len(sg.ops) == 0 {
		return false
	}
	for _, op := range sg.ops {
		sg.headersType(f, op)
	}
	return true
}

func (sg *statusGen) headersType(f *jen.File, op *statusOp) {
	name := op.Name + "Headers"
	golang.Doc(f.Group, fmt.Sprintf("%s holds the headers of %s request. An absent header is the empty string, as in net/http.", name, golang.Indefinite(op.Op.Name)))
	f.Type().Id(name).StructFunc(func(s *jen.Group) {
		for _, hf := range op.headers {
			golang.Doc(s, headerFieldDoc(hf))
			s.Id(hf.goName).String().Tag(headerTag(hf.h))
		}
	})
	golang.Doc(f.Group, "Validate reports every header of h that breaks what its page documents, as a *HeaderError. It returns nil when there is none. A conditional header is checked as an optional one: its condition is prose.")
	f.Func().Params(jen.Id("h").Op("*").Id(name)).Id("Validate").Params().Error().Block(
		jen.Return(jen.Id(sg.roots.Name("validateHeaders")).Call(jen.Id("h"))),
	)
}

// headerTag is the tags of a header's field, which the runtime reads:
// header, its name, with ",required" when a request needs it; values, the
// values it may take (golang.ValuesTag); form, its documented form as the
// page writes it, whose placeholders the runtime finds.
func headerTag(h *schema.Header) map[string]string {
	tag := map[string]string{"header": h.Name}
	if h.Required == schema.Required {
		tag["header"] += ",required"
	}
	if len(h.Values) > 0 {
		tag["values"] = golang.ValuesTag(h.Values)
	}
	if h.Format != "" {
		tag["form"] = h.Format
	}
	return tag
}

// headerFieldDoc says what a header holds and whether a request needs it.
func headerFieldDoc(hf *headerField) string {
	h := hf.h
	text := fmt.Sprintf("%s is the %s header, %s", hf.goName, h.Name, h.Required)
	if h.Required == schema.Conditional && h.Condition != "" {
		text += " (" + strings.TrimSuffix(h.Condition, ".") + ")"
	}
	text += "."
	if d := strings.TrimSpace(h.Description); d != "" && !restates(h, d) {
		if !strings.ContainsAny(d[len(d)-1:], ".!?") {
			d += "."
		}
		text += " " + d
	}
	placeholders := h.Format != "" && statusruntime.HasPlaceholders(h.Format)
	values := h.Values
	if len(values) == 0 && h.Format != "" && !placeholders {
		values = []string{h.Format}
	}
	if n := len(values); n > 0 {
		quoted := make([]string, n)
		for i, v := range values {
			quoted[i] = strconv.Quote(v)
		}
		list := quoted[n-1]
		if n > 1 {
			list = strings.Join(quoted[:n-1], ", ") + " or " + list
		}
		text += " Validate accepts " + list + "."
	}
	if placeholders {
		text += " Its form is \"" + h.Format + "\", where each placeholder in braces stands for a value."
	}
	return text
}

// restates reports whether a header's description says no more than its
// value or its form: "\"application/json\"", "Authorization: KakaoAK
// {ADMIN_KEY}".
func restates(h *schema.Header, description string) bool {
	d := strings.TrimSpace(description)
	if name, rest, ok := strings.Cut(d, ":"); ok && strings.EqualFold(strings.TrimSpace(name), h.Name) {
		d = strings.TrimSpace(rest)
	}
	d = strings.Trim(d, "\"'`")
	return d == h.Format || len(h.Values) == 1 && d == h.Values[0]
}
