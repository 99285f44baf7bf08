package golang

import (
	"encoding/json"
	"fmt"

	"github.com/dave/jennifer/jen"
)

// DefaultsMethod writes ApplyDefaults for a request or an input object of
// type typeName, whose receiver is recv, when it or an object it holds has
// a member with a documented default. The runtime sets them through the
// table of its type, which the default tags of its fields fill in (see
// fieldTag).
func (g *Emitter) DefaultsMethod(f *jen.File, recv, typeName, what string, members []*Member, has bool) {
	if !has {
		return
	}
	text := fmt.Sprintf("ApplyDefaults sets every absent optional member of %s that its page gives a default to that default", what)
	for _, mem := range members {
		if mem.Object != nil && mem.Object.Defaults {
			text += fmt.Sprintf(", and applies the defaults of the objects %s holds", recv)
			break
		}
	}
	Doc(f.Group, text+".")
	f.Func().Params(jen.Id(recv).Op("*").Id(typeName)).Id("ApplyDefaults").Params().Block(
		jen.Id(g.shared("applyDefaults")).Call(jen.Id(recv)),
	)
}

func (g *Emitter) objectDefaults(f *jen.File, o *Object) {
	g.DefaultsMethod(f, "t", o.GoName, "t", o.Members, o.Defaults)
}

// defaultValue is a member's default as a value of the Member's Go type's
// underlying type: an int64, float64, bool or string; an enum's code as
// an int64.
func defaultValue(mem *Member) any {
	switch d := mem.Field.Default.(type) {
	case int:
		if mem.Kind == KindInteger || mem.Kind == KindEnum {
			return int64(d)
		}
		return float64(d)
	case float64:
		if mem.Kind == KindInteger || mem.Kind == KindEnum {
			return int64(d)
		}
		return d
	}
	return mem.Field.Default
}

// rawDefault is the default of an "any" member as JSON text.
func rawDefault(mem *Member) string {
	b, _ := json.Marshal(mem.Field.Default) // a bool, a number or a string: checkDefault
	return string(b)
}
