package golang

import (
	"fmt"
	"math"
	"strconv"

	"github.com/dave/jennifer/jen"
)

// BodyDecoder is a runtime that reads and checks request bodies as JSON:
// GearN's. With one, Validate has it check a value's JSON, ApplyDefaults
// takes values from its slabs, and every violation of JSON is reported.
type BodyDecoder interface {
	// Shared returns name, a declaration of the runtime that the backend
	// counted among the package's roots (see Roots).
	Shared(name string) string
	// ViolationMethods writes the methods the runtime asks of Violation.
	ViolationMethods(f *jen.File)
	// ValidateObject is what the Validate of o, whose receiver is t,
	// returns.
	ValidateObject(o *Object) jen.Code
	// ApplyDefaults is the body of the ApplyDefaults of typeName, a
	// request or an object, whose receiver is recv.
	ApplyDefaults(recv, typeName string) jen.Code
}

// Scope is where checks run: in a request's Validate, where member paths
// are string literals and the validator is the local v, or in an object's
// validate, where they hang under the path its caller passes and v is a
// parameter. (A BodyDecoder checks the members of a body from its own
// tables instead.)
type Scope struct {
	Recv   string // the receiver
	nested bool
}

// validator is the expression that hands the validator to an object's
// validate.
func (s Scope) validator() *jen.Statement {
	if s.nested {
		return jen.Id("v")
	}
	return jen.Op("&").Id("v")
}

// check is one step of a Validate: when cond holds, or always when cond is
// nil, body runs.
type check struct {
	cond *jen.Statement
	body []jen.Code
}

// render turns checks into statements.
func render(checks []check) []jen.Code {
	var out []jen.Code
	for _, c := range checks {
		if c.cond == nil {
			out = append(out, c.body...)
		} else {
			out = append(out, jen.If(c.cond).Block(c.body...))
		}
	}
	return out
}

// guard runs checks only when cond holds, folding cond into a lone check's
// own condition.
func guard(cond *jen.Statement, checks []check) []check {
	switch {
	case len(checks) == 0:
		return nil
	case len(checks) == 1 && checks[0].cond != nil:
		return []check{{cond: cond.Op("&&").Add(checks[0].cond), body: checks[0].body}}
	}
	return []check{{cond: cond, body: render(checks)}}
}

// ifElse reports k when cond holds and runs checks otherwise.
func ifElse(cond *jen.Statement, report jen.Code, checks []check) []check {
	if len(checks) == 0 {
		return []check{{cond: cond, body: []jen.Code{report}}}
	}
	return []check{{body: []jen.Code{jen.If(cond).Block(report).Else().Block(render(checks)...)}}}
}

// ValidateBody is the statements of a Validate (nested false) or an
// object's validate (nested true) over members.
func (g *Emitter) ValidateBody(s Scope, members []*Member) []jen.Code {
	var out []jen.Code
	for _, mem := range members {
		out = append(out, render(g.memberChecks(s, mem))...)
	}
	return out
}

// memberChecks is what Validate checks of one member: that it is there
// when required, then the constraints on its value.
func (g *Emitter) memberChecks(s Scope, mem *Member) []check {
	field := func() *jen.Statement { return jen.Id(s.Recv).Dot(mem.GoName) }
	path := func() *jen.Statement { return g.memberPath(s, mem.Field.Name) }
	if mem.Field.Array {
		return g.arrayChecks(s, mem, field, path)
	}
	value := field
	if mem.Pointer() && mem.Kind != KindEnum && mem.Kind != KindObject {
		value = func() *jen.Statement { return jen.Op("*").Add(field()) }
	}
	present := g.valueChecks(s, mem, value, path)
	switch {
	case mem.Kind == KindString && !mem.Pointer():
		return ifElse(field().Op("==").Lit(""), g.add(path(), StringEmpty), present)
	case mem.Kind == KindAny && mem.Field.Required:
		// JSON null decodes into a json.RawMessage as the bytes "null".
		absent := jen.Len(field()).Op("==").Lit(0).Op("||").String().Call(field()).Op("==").Lit("null")
		return ifElse(absent, g.add(path(), Missing), present)
	case mem.nilable() && mem.Field.Required:
		k := Missing
		if mem.Kind == KindHashtable {
			k = ObjectNull
		}
		return ifElse(field().Op("==").Nil(), g.add(path(), k), present)
	case mem.nilable():
		return guard(field().Op("!=").Nil(), present)
	}
	return present
}

// arrayChecks checks an array member: that it is there when required, its
// number of items, then each item.
func (g *Emitter) arrayChecks(s Scope, mem *Member, field, path func() *jen.Statement) []check {
	f := mem.Field
	var present []check
	if c := g.countCheck(s, mem, field, path); c != nil {
		present = append(present, check{body: []jen.Code{c}})
	}
	itemPath := func() *jen.Statement {
		return jen.Id("item").Call(path(), jen.Id("i"))
	}
	if mem.Kind == KindObject {
		if mem.Object.Checks {
			present = append(present, check{body: []jen.Code{
				jen.For(jen.Id("i").Op(":=").Range().Add(field())).Block(
					field().Index(jen.Id("i")).Dot("validate").Call(s.validator(), itemPath()),
				),
			}})
		}
	} else if each := g.valueChecks(s, mem, func() *jen.Statement { return jen.Id("e") }, itemPath); len(each) > 0 {
		present = append(present, check{body: []jen.Code{
			jen.For(jen.List(jen.Id("i"), jen.Id("e")).Op(":=").Range().Add(field())).Block(render(each)...),
		}})
	}
	switch {
	case f.Required:
		return ifElse(field().Op("==").Nil(), g.add(path(), ArrayNull), present)
	case f.MinItems != nil:
		// An absent optional array has no items to count. Ranging over
		// nil needs no such guard.
		return guard(field().Op("!=").Nil(), present)
	}
	return present
}

// countCheck is the check of the number of items of an array member, or
// nil when its page bounds none.
func (g *Emitter) countCheck(s Scope, mem *Member, field, path func() *jen.Statement) jen.Code {
	f := mem.Field
	if f.MinItems == nil && f.MaxItems == nil {
		return nil
	}
	return jen.Id("v").Dot("items").Call(path(), jen.Len(field()), intBound(f.MinItems), intBound(f.MaxItems))
}

// valueChecks checks the value of a member that is there, or of an array
// item: value is the expression of the value, path of its name.
func (g *Emitter) valueChecks(s Scope, mem *Member, value, path func() *jen.Statement) []check {
	f := mem.Field
	var checks []check
	switch mem.Kind {
	case KindString:
		if f.MinLength != nil || f.MaxLength != nil {
			checks = append(checks, check{body: []jen.Code{
				jen.Id("v").Dot("length").Call(path(), value(), intBound(f.MinLength), intBound(f.MaxLength)),
			}})
		}
		if len(f.Values) > 0 {
			values := make([]jen.Code, len(f.Values))
			for i, val := range f.Values {
				values[i] = jen.Lit(val)
			}
			checks = append(checks, check{body: []jen.Code{
				jen.Switch(value()).Block(
					jen.Case(values...),
					jen.Default().Add(g.add(path(), NotAllowed)),
				),
			}})
		}
	case KindNumber, KindInteger:
		if f.Minimum != nil {
			lhs, rhs := numberBound(mem, value(), *f.Minimum)
			checks = append(checks, check{cond: lhs.Op("<").Add(rhs), body: []jen.Code{g.add(path(), NumberTooSmall)}})
		}
		if f.Maximum != nil {
			lhs, rhs := numberBound(mem, value(), *f.Maximum)
			checks = append(checks, check{cond: lhs.Op(">").Add(rhs), body: []jen.Code{g.add(path(), NumberTooLarge)}})
		}
	case KindEnum:
		checks = append(checks, check{cond: jen.Op("!").Add(value()).Dot("Valid").Call(), body: []jen.Code{g.add(path(), NotAllowed)}})
	case KindObject:
		if mem.Object.Checks {
			checks = append(checks, check{body: []jen.Code{value().Dot("validate").Call(s.validator(), path())}})
		}
	}
	return checks
}

// memberPath is the expression naming member name in scope s.
func (g *Emitter) memberPath(s Scope, name string) *jen.Statement {
	if !s.nested {
		return jen.Lit(name)
	}
	return jen.Id("join").Call(jen.Id("path"), jen.Lit(name))
}

// add is the statement that reports the member at path with k.
func (g *Emitter) add(path jen.Code, k Violation) *jen.Statement {
	return jen.Id("v").Dot("add").Call(path, jen.Id(k.Ident()))
}

// intBound is a length bound for validator.length and validator.items: -1
// when the page documents none.
func intBound(b *int) jen.Code {
	if b == nil {
		return jen.Lit(-1)
	}
	return jen.Lit(*b)
}

// numberBound returns the two sides of a comparison of value with bound b.
// An integer member compares with an integer constant, unless b has a
// fraction or lies beyond int64, where the comparison is done in float64
// rather than not compiling.
func numberBound(mem *Member, value *jen.Statement, b float64) (lhs, rhs *jen.Statement) {
	if mem.Kind == KindInteger && (b != math.Trunc(b) || b < math.MinInt64 || b >= math.MaxInt64) {
		value = jen.Float64().Call(value)
	}
	return value, jen.Id(strconv.FormatFloat(b, 'f', -1, 64))
}

// objectValidate writes an object's Validate, and its validate when it
// has something to check. With a BodyDecoder, Validate has the decoder
// check the object's JSON: one implementation of the constraints, the
// server's.
func (g *Emitter) objectValidate(f *jen.File, o *Object) {
	recv := func() *jen.Statement { return jen.Id("t").Op("*").Id(o.GoName) }
	if !o.Checks {
		Doc(f.Group, fmt.Sprintf("Validate returns nil: the pages document no constraint on %s or the objects it holds.", o.GoName))
		f.Func().Params(recv()).Id("Validate").Params().Error().Block(jen.Return(jen.Nil()))
		return
	}
	if g.Decoder != nil {
		Doc(f.Group, "Validate reports every member of t, or of the objects it holds, that breaks the constraints its page documents, as a *ValidationError that names members by their path from t, as DecodeBody reports t's JSON: a nil required object, which is null in JSON, included. It returns nil when there is none.")
		f.Func().Params(recv()).Id("Validate").Params().Error().Block(
			jen.Return(g.Decoder.ValidateObject(o)),
		)
		return
	}
	Doc(f.Group, "Validate reports every member of t, or of the objects it holds, that breaks the constraints its page documents, as a *ValidationError that names members by their path from t. It returns nil when there is none.")
	f.Func().Params(recv()).Id("Validate").Params().Error().Block(
		jen.Var().Id("v").Id("validator"),
		jen.Id("t").Dot("validate").Call(jen.Op("&").Id("v"), jen.Lit("")),
		jen.Return(jen.Id("v").Dot("err").Call()),
	)
	f.Comment("validate adds the members that break their constraints to v, naming them")
	f.Comment("under path.")
	f.Func().Params(recv()).Id("validate").Params(jen.Id("v").Op("*").Id("validator"), jen.Id("path").String()).Block(
		g.ValidateBody(Scope{Recv: "t", nested: true}, o.Members)...,
	)
}

// RequestValidate writes the Validate of a request type.
func (g *Emitter) RequestValidate(f *jen.File, e *Endpoint, typeName string) {
	recv := jen.Id("r").Op("*").Id(typeName)
	if !e.Checks {
		Doc(f.Group, fmt.Sprintf("Validate returns nil: the pages document no constraint on %s request.", Indefinite(e.Op.Name)))
		f.Func().Params(recv).Id("Validate").Params().Error().Block(jen.Return(jen.Nil()))
		return
	}
	if g.Decoder != nil {
		Doc(f.Group, "Validate reports every member of the body that breaks the constraints its page documents, as a *ValidationError, as DecodeBody reports r's JSON: a nil required object, which is null in JSON, included. It returns nil when there is none.")
		f.Func().Params(recv).Id("Validate").Params().Error().Block(
			jen.Return(jen.Id(g.Decoder.Shared("validateRequest")).Call(jen.Id("r"))),
		)
		return
	}
	Doc(f.Group, "Validate reports every member of the body that breaks the constraints its page documents, as a *ValidationError. It returns nil when there is none.")
	body := []jen.Code{jen.Var().Id("v").Id("validator")}
	body = append(body, g.ValidateBody(Scope{Recv: "r"}, e.Members)...)
	body = append(body, jen.Return(jen.Id("v").Dot("err").Call()))
	f.Func().Params(recv).Id("Validate").Params().Error().Block(body...)
}
