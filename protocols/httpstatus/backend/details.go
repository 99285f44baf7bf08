package backend

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/schema"
)

// detailMember is the member of an error body that carries its detail
// code: the name of the code table's column ("Http response code |
// detail_code | msg | Description").
const detailMember = "detail_code"

// detailCode is a detail code the pages document, with the statuses that
// list it.
type detailCode struct {
	*schema.Detail
	goName string
	// at are the statuses that list it: "461 of GetPlayer".
	at []string
}

// resolveDetails gathers the detail codes of every status, in page order,
// each once, and claims their names: DetailCode and a constant per code.
// A code documented twice with two messages is an error: one constant
// cannot say both.
func (sg *statusGen) resolveDetails() error {
	byCode := map[int]*detailCode{}
	for _, op := range sg.ops {
		for _, st := range op.failures {
			for _, d := range st.Details {
				at := st.String() + " of " + op.Name
				if dc, ok := byCode[d.Code]; ok {
					if dc.Message != d.Message {
						return fmt.Errorf("detail code %d is %q at %s and %q at %s: one DetailCode constant cannot say both", d.Code, dc.Message, dc.at[0], d.Message, at)
					}
					dc.at = append(dc.at, at)
					continue
				}
				dc := &detailCode{Detail: d, at: []string{at}}
				byCode[d.Code] = dc
				sg.details = append(sg.details, dc)
			}
		}
	}
	if len(sg.details) == 0 {
		return nil
	}
	if err := sg.Idents.Claim("DetailCode", "the type of the detail codes"); err != nil {
		return err
	}
	if err := sg.Idents.Claim("HasDetail", "the test of an error's detail code"); err != nil {
		return err
	}
	for _, dc := range sg.details {
		words := detailWords(dc.Message)
		if words == "" {
			words = detailWords(dc.Description)
		}
		dc.goName = "DetailCode" + words
		if words == "" || sg.Idents[dc.goName] != "" {
			// No words to name it by, or words another code has: its number
			// tells them apart.
			dc.goName += "Code" + strings.ReplaceAll(strconv.Itoa(dc.Code), "-", "Minus")
		}
		if err := sg.Idents.Claim(dc.goName, fmt.Sprintf("detail code %d", dc.Code)); err != nil {
			return err
		}
	}
	return nil
}

// detailWords is the Go name of a message or description: its words, the
// periods of its sentences as spaces ("Mail expired." is MailExpired,
// where GoName alone would read the period as that of a qualified name).
func detailWords(text string) string {
	return golang.GoName(strings.ReplaceAll(text, ".", " "))
}

// detailsFile writes DetailCode, its constants, its String method and
// HasDetail.
func (sg *statusGen) detailsFile(f *jen.File) bool {
	if len(sg.details) == 0 {
		return false
	}
	golang.Doc(f.Group, fmt.Sprintf("DetailCode is a detail code: the code an error answer carries beside its HTTP status, in the %s member of its body, to say which failure it is. The constants are the codes the pages' code tables document.", detailMember))
	f.Type().Id("DetailCode").Int()
	f.Const().DefsFunc(func(g *jen.Group) {
		for _, dc := range sg.details {
			text := fmt.Sprintf("%s is %d", dc.goName, dc.Code)
			if dc.Message != "" {
				text += ", " + strings.TrimSuffix(dc.Message, ".")
			}
			if dc.Description != "" {
				text += ": " + strings.TrimSuffix(dc.Description, ".")
			}
			golang.Doc(g, text+". The pages list it at status "+strings.Join(dc.at, ", ")+".")
			g.Id(dc.goName).Id("DetailCode").Op("=").Lit(dc.Code)
		}
	})

	f.Comment("String returns the message the pages give d, or its number when they give")
	f.Comment("none.")
	f.Func().Params(jen.Id("d").Id("DetailCode")).Id("String").Params().String().Block(
		jen.Switch(jen.Id("d")).BlockFunc(func(g *jen.Group) {
			for _, dc := range sg.details {
				if dc.Message != "" {
					g.Case(jen.Id(dc.goName)).Block(jen.Return(jen.Lit(dc.Message)))
				}
			}
		}),
		jen.Return(jen.Lit("DetailCode(").Op("+").Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("d"))).Op("+").Lit(")")),
	)

	golang.Doc(f.Group, "HasDetail reports whether err is, or wraps, a *StatusError with the detail code d.")
	f.Func().Id("HasDetail").Params(jen.Err().Error(), jen.Id("d").Id("DetailCode")).Bool().Block(
		jen.Var().Id("se").Op("*").Id("StatusError"),
		jen.Return(jen.Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("se")).Op("&&").Id("se").Dot("Detail").Op("==").Id("d")),
	)
	return true
}

// checkDetailMember refuses an error body that documents a member of the
// name the detail code travels under: its own member and the detail code
// would be two values of one JSON member.
func (sg *statusGen) checkDetailMember() error {
	if len(sg.details) == 0 {
		return nil
	}
	for _, op := range sg.ops {
		for _, st := range op.failures {
			if o := sg.ObjectBy[st.Body]; o != nil && memberNamed(o, detailMember) != nil {
				return fmt.Errorf("operation %q: status %s: its body type %q has a member %q, the member the detail codes are written in", op.Op.Name, st.String(), st.Body, detailMember)
			}
		}
	}
	return nil
}

// detailsDoc names the detail codes of st for the doc comment of its
// operation: ", with detail code DetailCodeCouponExpired".
func (sg *statusGen) detailsDoc(st *schema.Status) string {
	var names []string
	for _, d := range st.Details {
		for _, dc := range sg.details {
			if dc.Code == d.Code {
				names = append(names, dc.goName)
			}
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return ", with detail code " + names[0]
	}
	return ", with detail codes " + strings.Join(names, ", ")
}
