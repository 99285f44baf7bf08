package golang

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/schema"
)

// QueryTable writes the table of e's query parameters that a runtime
// reads and writes them with, var query<Name> = []queryParam{…}: each
// parameter's name, its kind, and whether it is an array and in which
// form. Every runtime that reads a query declares queryParam, its kinds
// (queryString, queryNumber, queryBoolean) and its forms (queryOne,
// queryRepeated, queryComma); runtime gives the name the package has for
// one of them.
func QueryTable(f *jen.File, e *Endpoint, runtime func(name string) string) {
	name := "query" + e.Name
	Doc(f.Group, fmt.Sprintf("%s are the query parameters of %s, in the order of its page.", name, e.Op.Name))
	f.Var().Id(name).Op("=").Index().Id(runtime("queryParam")).ValuesFunc(func(v *jen.Group) {
		for _, mem := range e.Query.Members {
			v.Line().Values(jen.Lit(mem.Field.Name), jen.Id(runtime(queryKind(mem))), jen.Id(runtime(queryArray(mem))))
		}
		v.Line()
	})
}

// QueryRoots are the declarations of a runtime that the QueryTable of e
// names.
func QueryRoots(e *Endpoint) []string {
	roots := []string{"queryParam"}
	for _, mem := range e.Query.Members {
		roots = append(roots, queryKind(mem), queryArray(mem))
	}
	return roots
}

// queryKind is the runtime's kind of a query parameter: how its text
// stands for a JSON value.
func queryKind(mem *Member) string {
	switch mem.Kind {
	case KindNumber, KindInteger, KindEnum:
		return "queryNumber"
	case KindBoolean:
		return "queryBoolean"
	}
	return "queryString"
}

// queryArray is the runtime's form of a query parameter: no array, an
// array repeated, or an array joined with commas.
func queryArray(mem *Member) string {
	switch {
	case !mem.Field.Array:
		return "queryOne"
	case mem.Field.Form == schema.FormComma:
		return "queryComma"
	}
	return "queryRepeated"
}
