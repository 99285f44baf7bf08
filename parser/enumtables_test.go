package parser_test

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// enumLayouts are the ways pages head an enum table: its code first or
// its name first, with or without a description, the codes headed Code
// or Value, the names Name or Key.
var enumLayouts = []struct {
	header []string
	// nameFirst is set where the name column comes before the code.
	nameFirst, described bool
}{
	{[]string{"Code", "Name", "Description"}, false, true},
	{[]string{"Name", "Code"}, true, false},
	{[]string{"Value", "Name", "Description"}, false, true},
	{[]string{"Name", "Value"}, true, false},
	{[]string{"Key", "Code", "Description"}, true, true},
	{[]string{"값", "이름", "설명"}, false, true},
}

// enumMember is a member an enum table lists.
type enumMember struct {
	name string
	code int
}

// enumRows are the cells of the rows of an enum table in a layout.
func enumRows(header []string, nameFirst, described bool, members []enumMember) [][]string {
	var rows [][]string
	for _, m := range members {
		row := []string{fmt.Sprint(m.code), m.name}
		if nameFirst {
			row = []string{m.name, fmt.Sprint(m.code)}
		}
		if described {
			row = append(row, "The member "+m.name+".")
		}
		rows = append(rows, row)
	}
	return rows
}

// TestEnumTableLayouts reads an enum table in every layout of
// enumLayouts, in the section of a Kakao page (request parameters,
// response body, request body) or of a GearN page (request, response)
// where a field names its type, in pipe rows, HTML and Markdown, into
// the enum that types the field. GearN heads its name column Name only
// (gearnColumns): its layouts under Key or 이름 are none of its tables,
// and refused.
func TestEnumTableLayouts(t *testing.T) {
	read := func(path string) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	pipes := func(header []string, rows [][]string) string {
		var b strings.Builder
		b.WriteString(strings.Join(header, " | ") + " |\n" + strings.Repeat("---|", len(header)) + "\n")
		for _, r := range rows {
			b.WriteString(strings.Join(r, " | ") + " |\n")
		}
		return b.String()
	}
	markdown := func(header []string, rows [][]string) string {
		var b strings.Builder
		b.WriteString("| " + strings.Join(header, " | ") + " |\n|" + strings.Repeat("---|", len(header)) + "\n")
		for _, r := range rows {
			b.WriteString("| " + strings.Join(r, " | ") + " |\n")
		}
		return b.String()
	}
	html := func(header []string, rows [][]string) string {
		var b strings.Builder
		b.WriteString("<table><tbody>\n<tr><th>" + strings.Join(header, "</th><th>") + "</th></tr>\n")
		for _, r := range rows {
			b.WriteString("<tr><td>" + strings.Join(r, "</td><td>") + "</td></tr>\n")
		}
		b.WriteString("</tbody></table>\n")
		return b.String()
	}
	kakao := read("../testdata/facts/k01_getPlayer/getPlayer.txt")
	kakao = strings.Replace(kakao, "status | String | Player status (normal, blocked, unregistering) |", "status | PlayerStatus | Player status |", 1)
	kakao = strings.Replace(kakao, `"status": "normal"`, `"status": 1`, 1)
	dungeon := read("../testdata/facts/j11_dungeonClear/dungeon.html")
	difficulty := regexp.MustCompile(`(?s)(<h4 id="Dungeon\(/dungeon\)-Difficulty">Difficulty</h4>\n).*?</table></div>\n`)
	gearn := read("../testdata/parse/broken-enum-code/page.md")
	errorCode := regexp.MustCompile(`(?s)(\nErrorCode\n).*$`)
	players := []enumMember{{"Normal", 1}, {"Blocked", 2}, {"Unregistering", 3}}
	kinds := []enumMember{{"Guest", 1}, {"Member", 2}}
	for _, c := range []struct {
		name, page, enum string
		base             string
		// named is set where the name column must be headed Name.
		named   bool
		members []enumMember
		render  func(header []string, rows [][]string) string
		place   func(page, table string) string
	}{
		{"Kakao, pipe rows, response body", "p.txt", "PlayerStatus", kakao, false, players, pipes, func(page, table string) string {
			return strings.Replace(page, "Example Request\n", "PlayerStatus\n"+table+"Example Request\n", 1)
		}},
		{"Kakao, pipe rows, request parameters", "p.txt", "PlayerKind", read("../testdata/facts/k01_getPlayer/getPlayer.txt"), false, kinds, pipes, func(page, table string) string {
			page = strings.Replace(page, "includeDeleted | Boolean | N |", "kind | PlayerKind | N | Kind of player |\nincludeDeleted | Boolean | N |", 1)
			return strings.Replace(page, "Request Body\nNone", "PlayerKind\n"+table+"Request Body\nNone", 1)
		}},
		{"Kakao, HTML, request body", "p.html", "Difficulty", dungeon, false, []enumMember{{"Normal", 1}, {"Hard", 2}, {"Hell", 3}}, html, func(_, table string) string {
			return difficulty.ReplaceAllLiteralString(dungeon, "<h4>Difficulty</h4>\n"+table)
		}},
		{"GearN, Markdown, request body", "p.md", "DisplayMode", strings.Replace(gearn, "thirty", "2", 1), true, []enumMember{{"Short", 1}, {"Full", 2}}, markdown, func(page, table string) string {
			row := "| userId | string | true | The unique identifier of the player. (10 characters) |\n"
			return strings.Replace(page, row, row+"| mode | DisplayMode | true | How to display. See DisplayMode |\n\nDisplayMode\n"+table+"\n", 1)
		}},
		{"GearN, Markdown", "p.md", "ErrorCode", gearn, true, []enumMember{{"Ok", 1}, {"GamePlayerNotFound", 2}}, markdown, func(_, table string) string {
			return errorCode.ReplaceAllLiteralString(gearn, "\nErrorCode\n"+table)
		}},
	} {
		for _, l := range enumLayouts {
			if c.named && !slices.Contains(l.header, "Name") {
				continue
			}
			page := c.place(c.base, c.render(l.header, enumRows(l.header, l.nameFirst, l.described, c.members)))
			name := fmt.Sprintf("%s, %s", c.name, strings.Join(l.header, " | "))
			res, err := parser.Parse([]parser.Page{{Name: c.page, Data: []byte(page)}}, parser.Options{Name: "x"})
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			var got []enumMember
			for _, e := range res.API.Enums {
				if e.Name == c.enum {
					for _, m := range e.Members {
						got = append(got, enumMember{m.Name, m.Code})
					}
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(c.members) {
				t.Errorf("%s: members %v, want %v", name, got, c.members)
			}
		}
	}
}

// TestValuesNotCodes keeps a column of values that are not all whole
// numbers a column of values: a table of headers and their values
// (Name | Value) is no enum.
func TestValuesNotCodes(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/k01_getPlayer/getPlayer.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(string(data), "Example Request\n", "Limits\nName | Value |\n---|---|\nmaxPlayers | 4 |\nregion | kr |\nExample Request\n", 1)
	res, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(page)}}, parser.Options{Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.API.Enums {
		if e.Name == "Limits" {
			t.Errorf("a table of values of which one is no number read as the enum %s", e.Name)
		}
	}
}

// TestBoundOfUntypedMember applies the bound a member's description
// states once an example gives the type its row lost ("2 ~ 5 tags" of a
// string array), and warns of it, unapplied, where none does.
func TestBoundOfUntypedMember(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/k01_getPlayer/getPlayer.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, example string
		typed         bool
	}{
		{"typed by the example", `"tags": ["a", "b"],`, true},
		{"typed by none", "", false},
	} {
		page := strings.Replace(string(data), "regTime | Long |", "tags | List<[3]Tag> | Tags of the player, 2 ~ 5 tags |\nregTime | Long |", 1)
		page = strings.Replace(page, `"regTime":`, c.example+`"regTime":`, 1)
		res, err := parser.Parse([]parser.Page{{Name: "p.txt", Data: []byte(page)}}, parser.Options{Name: "x"})
		if res == nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var warned bool
		for _, w := range res.Warnings {
			warned = warned || strings.Contains(w.Msg, "member tags has lost its type")
		}
		var got string
		for _, ty := range res.API.Types {
			for _, f := range ty.Fields {
				if f.Name == "tags" && f.MinItems != nil && f.MaxItems != nil {
					got = fmt.Sprintf("%s[] %d-%d", f.Type, *f.MinItems, *f.MaxItems)
				}
			}
		}
		switch {
		case c.typed && (got != "string[] 2-5" || warned):
			t.Errorf("%s: got %q, warned %v; want string[] 2-5, no warning", c.name, got, warned)
		case !c.typed && (got != "" || !warned):
			t.Errorf("%s: got %q, warned %v; want no bound, a warning", c.name, got, warned)
		}
	}
}

// TestReferredEnumType gives a member whose type cell states integer
// codes ("Integer (Enum)", "Integer", "number") and whose description
// refers to an enum table of its page by name ("(see PlayerKind)", a
// link's text) that enum as its type, in every protocol and style, and
// keeps the integer, with the warning that the enum lists no values,
// where the description names no enum the pages define.
func TestReferredEnumType(t *testing.T) {
	read := func(path string) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	kinds := "PlayerKind\nCode | Name | Description |\n---|---|---|\n1 | Guest | A guest |\n2 | Member | A member |\nRequest Body\nNone"
	kakao := strings.Replace(read("../testdata/facts/k01_getPlayer/getPlayer.txt"), "Request Body\nNone", kinds, 1)
	dungeon := read("../testdata/facts/j11_dungeonClear/dungeon.html")
	gearn := strings.Replace(read("../testdata/parse/broken-enum-code/page.md"), "thirty", "2", 1)
	gearnRow := "| userId | string | true | The unique identifier of the player. (10 characters) |\n"
	gearnEnum := "\nDisplayMode\n| Code | Name | Description |\n|---|---|---|\n| 1 | Short | Short |\n| 2 | Full | Full |\n\n"
	for _, c := range []struct {
		name, page, data, member, want, warn string
	}{
		{"Kakao, pipe rows, Integer (Enum)", "p.txt", strings.Replace(kakao, "includeDeleted | Boolean | N |", "kind | Integer (Enum) | N | Kind of player (see PlayerKind) |\nincludeDeleted | Boolean | N |", 1), "kind", "PlayerKind", ""},
		{"Kakao, pipe rows, Integer", "p.txt", strings.Replace(kakao, "includeDeleted | Boolean | N |", "kind | Integer | N | PlayerKind code |\nincludeDeleted | Boolean | N |", 1), "kind", "PlayerKind", "its type cell states integer, and its description \"PlayerKind code\" refers to the enum PlayerKind"},
		{"Kakao, pipe rows, an enum no page defines", "p.txt", strings.Replace(kakao, "includeDeleted | Boolean | N |", "kind | Integer (Enum) | N | Kind of player (see PlayerSort) |\nincludeDeleted | Boolean | N |", 1), "kind", "integer", "lists no values"},
		{"Kakao, HTML, a link", "p.html", strings.Replace(dungeon, "<p>Difficulty</p></td><td class=\"confluenceTd\"><p>Y</p></td><td class=\"confluenceTd\"><p>Difficulty of the run, see Difficulty below", "<p>Integer (Enum)</p></td><td class=\"confluenceTd\"><p>Y</p></td><td class=\"confluenceTd\"><p>Difficulty of the run, see <a href=\"#Dungeon(/dungeon)-Difficulty\">Difficulty</a> below", 1), "difficulty", "Difficulty", ""},
		{"GearN, Markdown, a link", "p.md", strings.Replace(gearn, gearnRow, gearnRow+"| mode | number | true | How to display. See [DisplayMode](#displaymode) |\n"+gearnEnum, 1), "mode", "DisplayMode", "refers to the enum DisplayMode: read as DisplayMode"},
	} {
		res, err := parser.Parse([]parser.Page{{Name: c.page, Data: []byte(c.data)}}, parser.Options{Name: "x"})
		if res == nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		got := ""
		for _, f := range apiFields(res.API) {
			if f.Name == c.member {
				got = f.Type
			}
		}
		if got != c.want {
			t.Errorf("%s: member %s has type %q, want %q", c.name, c.member, got, c.want)
		}
		warned := false
		for _, w := range res.Warnings {
			warned = warned || c.warn != "" && strings.Contains(w.Msg, c.warn)
		}
		if warned != (c.warn != "") {
			t.Errorf("%s: warned %t, want a warning %q", c.name, warned, c.warn)
		}
	}
}

// apiFields are the members of every type of api and of every
// endpoint's body and query.
func apiFields(api *schema.API) []*schema.Field {
	var fields []*schema.Field
	for _, t := range api.Types {
		fields = append(fields, t.Fields...)
	}
	for _, op := range api.Operations {
		for _, ep := range op.Endpoints {
			fields = append(fields, ep.Body...)
			fields = append(fields, ep.Query...)
		}
	}
	return fields
}
