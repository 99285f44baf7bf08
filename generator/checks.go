package generator

import (
	"fmt"
	"math"
	"strconv"

	"github.com/dave/jennifer/jen"
)

// bodyDecoder is a runtime that reads and checks request bodies as JSON:
// GearN's. With one, Validate has it check a value's JSON, ApplyDefaults
// takes values from its slabs, and every violation of JSON is reported.
type bodyDecoder interface {
	// shared returns name, a declaration of the runtime, and notes that
	// the package uses it.
	shared(name string) string
	// violationMethods writes the methods the runtime asks of Violation.
	violationMethods(f *jen.File)
}

// scope is where checks run: in a request's Validate, where member paths
// are string literals and the validator is the local v, or in an object's
// validate, where they hang under the path its caller passes and v is a
// parameter. (The GearN runtime's decoder checks the members of a body
// from their tables instead: see decodeFile.)
type scope struct {
	recv   string // the receiver
	nested bool
}

// validator is the expression that hands the validator to an object's
// validate.
func (s scope) validator() *jen.Statement {
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

// validateBody is the statements of a Validate (nested false) or an
// object's validate (nested true) over members.
func (g *gen) validateBody(s scope, members []*member) []jen.Code {
	var out []jen.Code
	for _, mem := range members {
		out = append(out, render(g.memberChecks(s, mem))...)
	}
	return out
}

// memberChecks is what Validate checks of one member: that it is there
// when required, then the constraints on its value.
func (g *gen) memberChecks(s scope, mem *member) []check {
	field := func() *jen.Statement { return jen.Id(s.recv).Dot(mem.goName) }
	path := func() *jen.Statement { return g.memberPath(s, mem.f.Name) }
	if mem.f.Array {
		return g.arrayChecks(s, mem, field, path)
	}
	value := field
	if mem.pointer() && mem.kind != kindEnum && mem.kind != kindObject {
		value = func() *jen.Statement { return jen.Op("*").Add(field()) }
	}
	present := g.valueChecks(s, mem, value, path)
	switch {
	case mem.kind == kindString && !mem.pointer():
		return ifElse(field().Op("==").Lit(""), g.add(path(), stringEmpty), present)
	case mem.kind == kindAny && mem.f.Required:
		// JSON null decodes into a json.RawMessage as the bytes "null".
		absent := jen.Len(field()).Op("==").Lit(0).Op("||").String().Call(field()).Op("==").Lit("null")
		return ifElse(absent, g.add(path(), missing), present)
	case mem.nilable() && mem.f.Required:
		k := missing
		if mem.kind == kindHashtable {
			k = objectNull
		}
		return ifElse(field().Op("==").Nil(), g.add(path(), k), present)
	case mem.nilable():
		return guard(field().Op("!=").Nil(), present)
	}
	return present
}

// arrayChecks checks an array member: that it is there when required, its
// number of items, then each item.
func (g *gen) arrayChecks(s scope, mem *member, field, path func() *jen.Statement) []check {
	f := mem.f
	var present []check
	if c := g.countCheck(s, mem, field, path); c != nil {
		present = append(present, check{body: []jen.Code{c}})
	}
	itemPath := func() *jen.Statement {
		return jen.Id("item").Call(path(), jen.Id("i"))
	}
	if mem.kind == kindObject {
		if mem.object.checks {
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
		return ifElse(field().Op("==").Nil(), g.add(path(), arrayNull), present)
	case f.MinItems != nil:
		// An absent optional array has no items to count. Ranging over
		// nil needs no such guard.
		return guard(field().Op("!=").Nil(), present)
	}
	return present
}

// countCheck is the check of the number of items of an array member, or
// nil when its page bounds none.
func (g *gen) countCheck(s scope, mem *member, field, path func() *jen.Statement) jen.Code {
	f := mem.f
	if f.MinItems == nil && f.MaxItems == nil {
		return nil
	}
	return jen.Id("v").Dot("items").Call(path(), jen.Len(field()), intBound(f.MinItems), intBound(f.MaxItems))
}

// valueChecks checks the value of a member that is there, or of an array
// item: value is the expression of the value, path of its name.
func (g *gen) valueChecks(s scope, mem *member, value, path func() *jen.Statement) []check {
	f := mem.f
	var checks []check
	switch mem.kind {
	case kindString:
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
					jen.Default().Add(g.add(path(), notAllowed)),
				),
			}})
		}
	case kindNumber, kindInteger:
		if f.Minimum != nil {
			lhs, rhs := numberBound(mem, value(), *f.Minimum)
			checks = append(checks, check{cond: lhs.Op("<").Add(rhs), body: []jen.Code{g.add(path(), numberTooSmall)}})
		}
		if f.Maximum != nil {
			lhs, rhs := numberBound(mem, value(), *f.Maximum)
			checks = append(checks, check{cond: lhs.Op(">").Add(rhs), body: []jen.Code{g.add(path(), numberTooLarge)}})
		}
	case kindEnum:
		checks = append(checks, check{cond: jen.Op("!").Add(value()).Dot("Valid").Call(), body: []jen.Code{g.add(path(), notAllowed)}})
	case kindObject:
		if mem.object.checks {
			checks = append(checks, check{body: []jen.Code{value().Dot("validate").Call(s.validator(), path())}})
		}
	}
	return checks
}

// memberPath is the expression naming member name in scope s.
func (g *gen) memberPath(s scope, name string) *jen.Statement {
	if !s.nested {
		return jen.Lit(name)
	}
	return jen.Id("join").Call(jen.Id("path"), jen.Lit(name))
}

// add is the statement that reports the member at path with k.
func (g *gen) add(path jen.Code, k violation) *jen.Statement {
	return jen.Id("v").Dot("add").Call(path, jen.Id(k.ident()))
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
func numberBound(mem *member, value *jen.Statement, b float64) (lhs, rhs *jen.Statement) {
	if mem.kind == kindInteger && (b != math.Trunc(b) || b < math.MinInt64 || b >= math.MaxInt64) {
		value = jen.Float64().Call(value)
	}
	return value, jen.Id(strconv.FormatFloat(b, 'f', -1, 64))
}

// objectValidate writes an object's Validate, and its validate when it
// has something to check. For the GearN runtime, Validate has the decoder
// check the object's JSON: one implementation of the constraints, the
// server's.
func (g *gen) objectValidate(f *jen.File, o *object) {
	recv := func() *jen.Statement { return jen.Id("t").Op("*").Id(o.goName) }
	if !o.checks {
		doc(f.Group, fmt.Sprintf("Validate returns nil: the pages document no constraint on %s or the objects it holds.", o.goName))
		f.Func().Params(recv()).Id("Validate").Params().Error().Block(jen.Return(jen.Nil()))
		return
	}
	if g.decoder != nil {
		doc(f.Group, "Validate reports every member of t, or of the objects it holds, that breaks the constraints its page documents, as a *ValidationError that names members by their path from t, as DecodeBody reports t's JSON: a nil required object, which is null in JSON, included. It returns nil when there is none.")
		f.Func().Params(recv()).Id("Validate").Params().Error().Block(
			jen.Return(jen.Id(g.decoder.shared("validateObject")).Call(jen.Id("t"), jen.New(jen.Id(o.goName)))),
		)
		return
	}
	doc(f.Group, "Validate reports every member of t, or of the objects it holds, that breaks the constraints its page documents, as a *ValidationError that names members by their path from t. It returns nil when there is none.")
	f.Func().Params(recv()).Id("Validate").Params().Error().Block(
		jen.Var().Id("v").Id("validator"),
		jen.Id("t").Dot("validate").Call(jen.Op("&").Id("v"), jen.Lit("")),
		jen.Return(jen.Id("v").Dot("err").Call()),
	)
	f.Comment("validate adds the members that break their constraints to v, naming them")
	f.Comment("under path.")
	f.Func().Params(recv()).Id("validate").Params(jen.Id("v").Op("*").Id("validator"), jen.Id("path").String()).Block(
		g.validateBody(scope{recv: "t", nested: true}, o.members)...,
	)
}

// requestValidate writes the Validate of a request type.
func (g *gen) requestValidate(f *jen.File, e *endpoint, typeName string) {
	recv := jen.Id("r").Op("*").Id(typeName)
	if !e.checks {
		doc(f.Group, fmt.Sprintf("Validate returns nil: the pages document no constraint on a %s request.", e.op.Name))
		f.Func().Params(recv).Id("Validate").Params().Error().Block(jen.Return(jen.Nil()))
		return
	}
	if g.decoder != nil {
		doc(f.Group, "Validate reports every member of the body that breaks the constraints its page documents, as a *ValidationError, as DecodeBody reports r's JSON: a nil required object, which is null in JSON, included. It returns nil when there is none.")
		f.Func().Params(recv).Id("Validate").Params().Error().Block(
			jen.Return(jen.Id(g.decoder.shared("validateRequest")).Call(jen.Id("r"))),
		)
		return
	}
	doc(f.Group, "Validate reports every member of the body that breaks the constraints its page documents, as a *ValidationError. It returns nil when there is none.")
	body := []jen.Code{jen.Var().Id("v").Id("validator")}
	body = append(body, g.validateBody(scope{recv: "r"}, e.members)...)
	body = append(body, jen.Return(jen.Id("v").Dot("err").Call()))
	f.Func().Params(recv).Id("Validate").Params().Error().Block(body...)
}
