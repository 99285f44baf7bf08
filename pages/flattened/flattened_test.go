package flattened

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// testLexicon knows its names, GearN's primitive spellings, and no line
// that ends a table.
type testLexicon []string

func (l testLexicon) PrefixesOf(rest string) []string {
	var out []string
	for _, n := range l {
		if strings.HasPrefix(rest, n) {
			out = append(out, n)
		}
	}
	return out
}

func (testLexicon) EndsTable(string) bool { return false }

func (testLexicon) Primitives() []string {
	return []string{"GNHashtable", "number int", "integer", "boolean", "GNArray", "number", "double", "string", "object", "float", "long", "bool", "int", "any"}
}

// TestSplitFlatTypes splits flattened rows with every type form GearN
// pages use, with and without a Required cell, known and unknown type names.
func TestSplitFlatTypes(t *testing.T) {
	fields, _ := pages.ColumnsOf([]string{"Code", "Type", "Required", "Description"})
	headers, _ := pages.ColumnsOf([]string{"Name", "Type", "Required", "Description"})
	for _, c := range []struct {
		row  string
		cols []pages.Column
		kind pages.Kind
		want []string
	}{
		{"limitnumber inttrueMaximum number of results. (from 1 to 100)", fields, pages.KindFields, []string{"limit", "number int", "true", "Maximum number of results. (from 1 to 100)"}},
		{"offsetnumber intStart index. (from 0)", fields, pages.KindFields, []string{"offset", "number int", "", "Start index. (from 0)"}},
		{"platformstring in ios | android | webtrueThe platform.", fields, pages.KindFields, []string{"platform", "string in ios | android | web", "true", "The platform."}},
		{"platformstring in ios | androidThe platform.", fields, pages.KindFields, []string{"platform", "string in ios | android", "", "The platform."}},
		{"customDatasCustomDataParam[]trueThe data. (1 - 32 elements)", fields, pages.KindFields, []string{"customDatas", "CustomDataParam[]", "true", "The data. (1 - 32 elements)"}},
		{"customDataCustomDataParamThe data.", fields, pages.KindFields, []string{"customData", "CustomDataParam", "", "The data."}},
		{"infoRequestParamInfoRequestParamtrueFlags. See InfoRequestParam", fields, pages.KindFields, []string{"infoRequestParam", "InfoRequestParam", "true", "Flags. See InfoRequestParam"}},
		{"dataGNHashtableThe data.", fields, pages.KindFields, []string{"data", "GNHashtable", "", "The data."}},
		{"listGNArraytrueThe list.", fields, pages.KindFields, []string{"list", "GNArray", "true", "The list."}},
		{"valueanytrueThe value.", fields, pages.KindFields, []string{"value", "any", "true", "The value."}},
		{"keysstring[]Keys to read.", fields, pages.KindFields, []string{"keys", "string[]", "", "Keys to read."}},
		{"amountIntegertrueThe amount.", fields, pages.KindFields, []string{"amount", "Integer", "true", "The amount."}},
		{"iOSDeviceIdstringiOSDeviceId used in Device.", fields, pages.KindFields, []string{"iOSDeviceId", "string", "", "iOSDeviceId used in Device."}},
		{"playerStatisticsbooleanName or value of the player's statistic.", fields, pages.KindFields, []string{"playerStatistics", "boolean", "", "Name or value of the player's statistic."}},
		{"skipnumber intNumber of entries to skip. (from 0)", fields, pages.KindFields, []string{"skip", "number int", "", "Number of entries to skip. (from 0)"}},
		{"agreenumberYes or no.", fields, pages.KindFields, []string{"agree", "number", "", "Yes or no."}},
		{"Secret-KeystringtrueThe SecretKey in SecretInfo with role must is Admin.", headers, pages.KindHeaders, []string{"Secret-Key", "string", "true", "The SecretKey in SecretInfo with role must is Admin."}},
	} {
		got := splitFlat(c.row, c.kind, c.cols, vocabularyOf(testLexicon{"InfoRequestParam"}))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitFlat(%q)\n got %q\nwant %q", c.row, got, c.want)
		}
	}
}

// TestGluedTypeEnd checks gluedTypeEnd against hasGluedType on every
// prefix.
func TestGluedTypeEnd(t *testing.T) {
	for _, s := range []string{
		"", "string", "stringIdstring", "customDeviceIdstringCustomDeviceId", "IdstringiOS", "1string",
		"xnumberyboolean", "a_integerbstring", "stringnumberXnumber", "éstring",
	} {
		end := gluedTypeEnd(s)
		for i := range len(s) + 1 {
			if got, want := i >= end, hasGluedType(s[:i]); got != want {
				t.Errorf("%q: prefix %q: gluedTypeEnd says %v, hasGluedType %v", s, s[:i], got, want)
			}
		}
	}
}
