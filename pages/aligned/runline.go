package aligned

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/schema"
)

// A converter without tables (upndown, a DOM's textContent) may print a
// whole table on one line with nothing at all between its cells: its
// header's column words run together, then every row's cells run
// together, a row's name right after the description of the row before
// ("NameTypeMandatoryDescriptionappSecretStringYApp SecretAuthorization
// StringYAuthorization: KakaoAK {ADMIN_KEY}kgAppIdStringYKG App ID"). A
// row starts where a name is followed by a type of a closed set (one of
// pages.RunRow's, List<…>, a link, a type the pages name), then, under
// a Required column, a requiredness word, then a description that
// begins as none goes on a word. Where its name begins is told by
// evidence only: a digit or a punctuation mark the description ends
// with, or a name the page's examples or another table use, or an
// acronym the description ends with, which the page writes alone
// elsewhere, before a name in lower case as the page's names are. The
// cells of a row are what its cut tells: its name, its type, its
// requiredness word and the description up to the next row's name. The
// flattened style's Splitter is not asked: it cuts a row it is handed
// into cells, and where a row begins on the line is what is to tell
// here; and this package cannot import it, as flattened's tests read
// pages through pages/pagestest, which imports pages/source, which
// imports this package. A row whose name two readings fit, or no
// evidence tells, is refused at its line, and so is a row whose
// description holds a word run into a type, where a row the cut did not
// find may begin. A table of codes so printed begins with its
// protocol's labels run together (runCodeLabels): its rows begin at
// each status code, read as those of a table of codes printed on one
// line are (lineCodeTable).

// linkTypeRe matches a type written as a Markdown link ("[Delivery](#…").
var linkTypeRe = regexp.MustCompile(`^\[([A-Z][A-Za-z0-9_]*)\]\(`)

// usedNameRes match the names a page's examples use: a JSON object's
// key, a query string's parameter, a header line's name.
var usedNameRes = []*regexp.Regexp{
	regexp.MustCompile(`"([A-Za-z_][A-Za-z0-9_]*)"\s*:`),
	regexp.MustCompile(`[?&]([A-Za-z_][A-Za-z0-9_]*)=`),
	regexp.MustCompile(`^\s*([A-Za-z][A-Za-z0-9-]*): \S`),
}

// acronymRe matches a word of capitals alone ("ID", "URL").
var acronymRe = regexp.MustCompile(`\b[A-Z]{2,}\b`)

// pageNames are the names a page uses outside a table printed run
// together (usedNames), the words of capitals alone it writes, and the
// words it writes at all, each between spaces.
type pageNames struct {
	names, acronyms, words map[string]bool
}

// lastWord is the word text ends with: its bytes after its last space.
func lastWord(text string) string {
	return text[strings.LastIndexByte(text, ' ')+1:]
}

// runRow is a row found in the rest of a table printed run together:
// where its name, its type and its requiredness word start and where
// the cells before its description end; why is set where its name's start is
// not told, and how where evidence other than its cells told it.
type runRow struct {
	name, typ, req, end int
	why, how            string
}

// runTypeLen returns the length of the type cell rest begins with, and
// that of the requiredness word after it under a Required column, or 0
// where it begins with none that a description follows as one begins:
// not with a lower-case letter or a space.
func runTypeLen(rest string, words pages.Lexicon, required bool) (n, req int) {
	switch {
	case linkTypeRe.MatchString(rest):
		i := strings.Index(rest, "](") + 1
		if _, m := pages.LinkTarget(rest[i:]); m > 0 {
			n = i + m
		}
	default:
		n = pages.RunRow.TypeLen(rest)
		if words != nil {
			for _, p := range words.PrefixesOf(rest) {
				if len(p) > n && p[0] >= 'A' && p[0] <= 'Z' {
					n = len(p)
				}
			}
		}
		if n > 0 && strings.HasPrefix(rest[n:], "<") {
			m := pages.TypeArgsLen(rest[n:])
			if m == 0 {
				return 0, 0
			}
			n += m
		}
	}
	if n == 0 {
		return 0, 0
	}
	if m := enumNoteRe.FindStringIndex(rest[n:]); m != nil {
		n += m[1]
	}
	if required {
		if req = pages.RunRow.RequiredLen(rest[n:]); req == 0 || !descStarts(rest[n+req:]) {
			return 0, 0
		}
		return n, req
	}
	if !descStarts(rest[n:]) {
		return 0, 0
	}
	return n, 0
}

// descStarts reports whether a description may begin rest: it is empty
// or begins with neither a lower-case letter nor a space.
func descStarts(rest string) bool {
	return rest == "" || !('a' <= rest[0] && rest[0] <= 'z') && rest[0] != ' '
}

// isRunNameByte reports whether b may be part of a row's name.
func isRunNameByte(b byte) bool {
	return pages.IsIdentByte(b) || b == '-'
}

// runRows finds the rows of rest, the text after a run-together header
// of columns cols: each at a name run into a type (runTypeLen); used
// are the names the page uses elsewhere. It returns nil where rest does
// not begin with a row's name and type.
func runRows(rest string, cols []pages.Column, words pages.Lexicon, used pageNames) []runRow {
	required := slices.Contains(cols, pages.ColRequired)
	var rows []runRow
	from := 0
	for p := 1; p < len(rest); p++ {
		if !isRunNameByte(rest[p-1]) || p-1 < from {
			continue
		}
		n, req := runTypeLen(rest[p:], words, required)
		if n == 0 {
			continue
		}
		s := p
		for s > from && isRunNameByte(rest[s-1]) {
			s--
		}
		r := runRow{typ: p, req: p + n, end: p + n + req}
		switch {
		case len(rows) == 0 && s != 0:
			return nil // text before the first row: none starts the rest
		case len(rows) == 0 || s == from:
			r.name = s // the cell before ends there
		default:
			r.name, r.why, r.how = nameStart(rest, s, p, used)
		}
		rows = append(rows, r)
		from, p = r.end, r.end
	}
	if len(rows) == 0 || rows[0].name != 0 {
		return nil
	}
	return rows
}

// nameStart tells where a row's name begins in rest[s:p], the name
// bytes before its type that run on from the description of the row
// before: after the digits a description ends with ("1 ~ 12league"),
// at their start after a punctuation mark ("{ADMIN_KEY}kgAppId"), at a
// name the page uses elsewhere ("numbertotal", "total" in an example),
// after a word of capitals the description ends with, which the page
// writes alone elsewhere, where the page's names begin in lower case
// ("Game IDplayerId"). Every place some evidence
// tells is a reading; why tells where there is not exactly one, and how
// names the evidence other than the cells that told the one.
func nameStart(rest string, s, p int, used pageNames) (start int, why, how string) {
	readings := map[int]string{}
	digits := s
	for digits < p && '0' <= rest[digits] && rest[digits] <= '9' {
		digits++
	}
	switch {
	case digits > s && digits < p:
		readings[digits] = ""
	case s > 0 && rest[s-1] != ' ':
		readings[s] = ""
	}
	lowerNames := false
	for n := range used.names {
		lowerNames = lowerNames || 'a' <= n[0] && n[0] <= 'z'
	}
	for i := s; i < p; i++ {
		c := rest[i]
		if c < 'A' || c > 'z' || c > 'Z' && c < 'a' {
			continue
		}
		if used.names[rest[i:p]] {
			if _, ok := readings[i]; !ok {
				readings[i] = fmt.Sprintf("the page uses the name %q elsewhere", rest[i:p])
			}
		}
		if lowerNames && 'a' <= c && c <= 'z' && used.acronyms[rest[s:i]] {
			if _, ok := readings[i]; !ok {
				readings[i] = fmt.Sprintf("the description ends with %q, a word of capitals the page writes alone, and the page's names begin in lower case", rest[s:i])
			}
		}
	}
	if len(readings) > 1 {
		told := map[int]string{}
		for i, how := range readings {
			if w := lastWord(rest[:i]); how != "" && used.words[w] {
				told[i] = fmt.Sprintf("%s, and the description ends with %q, a word the page writes alone", how, w)
			}
		}
		if len(told) == 1 {
			readings = told
		}
	}
	if len(readings) == 1 {
		for i, how := range readings {
			return i, "", how
		}
	}
	if len(readings) == 0 {
		return s, fmt.Sprintf("where its name begins in %q, run on from the description of the row before, nothing tells (no digit or punctuation mark ends that description, and the page uses no name it ends with)", rest[s:p]), ""
	}
	var names []string
	for i := range readings {
		names = append(names, fmt.Sprintf("%q", rest[i:p]))
	}
	slices.Sort(names)
	return s, fmt.Sprintf("its name, run on from the description of the row before in %q, reads as %s alike", rest[s:p], strings.Join(names, " or ")), ""
}

// usedNames returns the names a page uses outside a table printed run
// together: its examples' keys, parameters and header names
// (usedNameRes), and the names of the tables read; and the words of
// capitals alone it writes.
func usedNames(src pages.Source, blocks []pages.Block) pageNames {
	used, acronyms, words := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, l := range src.Lines {
		for w := range strings.FieldsSeq(l) {
			words[w] = true
		}
		for _, re := range usedNameRes {
			for _, m := range re.FindAllStringSubmatch(l, -1) {
				used[m[1]] = true
			}
		}
		for _, w := range acronymRe.FindAllString(l, -1) {
			acronyms[w] = true
		}
	}
	for _, b := range blocks {
		if b.Table == nil {
			continue
		}
		if k := slices.Index(b.Table.Cols, pages.ColName); k >= 0 {
			for _, r := range b.Table.Rows {
				if k < len(r.Cells) {
					used[strings.Trim(r.Cells[k], "`* ")] = true
				}
			}
		}
	}
	return pageNames{used, acronyms, words}
}

// runLineTable reads a text block that holds a whole table on its
// line, its header's column words and every cell run together
// (pages.LeadingRunTogetherHeader gave head and rest), as that table, with a warning:
// its rows cut by runRows, with the pages' lexicon. A row whose name is
// not told is refused at the line, and so is a line where no row is
// found, or a row splits otherwise: nil is returned then.
func runLineTable(src pages.Source, line int, head []string, rest string, used pageNames) *pages.Table {
	cols, _ := pages.ColumnsOf(head)
	refuse := func(why string) *pages.Table {
		src.Report.FailKnowing(schema.KnowsFix, pages.At(src.Name, line), "line %d holds a whole table on one line (%s), its cells and rows run together with nothing between them, as a converter without tables prints it, but %s. Convert the page again with a converter that keeps its tables as rows, or write the table as rows of pipes (| cell | cell |), or set the row's fields with fixes {object: TYPE or operation: OPERATION, field: NAME, type: TYPE} in the overrides", line, strings.Join(head, " | "), why)
		return nil
	}
	if !runColumns(cols) {
		return refuse("its rows are told by a name and a type, their cells by a requiredness word and a description, and its header names other columns")
	}
	if src.Words == nil {
		return refuse("the types the pages name, which tell its rows, are not at hand")
	}
	rows := runRows(rest, cols, src.Words, used)
	if rows == nil {
		return refuse(fmt.Sprintf("the text after its header (%q) begins with no row, a name run into a type", pages.Clip(rest)))
	}
	tb := &pages.Table{Line: line, Header: head, Cols: cols}
	var whys, hows []string
	for k, r := range rows {
		end := len(rest)
		if k+1 < len(rows) {
			end = rows[k+1].name
		}
		if k+1 < len(rows) && rows[k+1].why != "" {
			whys = append(whys, fmt.Sprintf("the row after %q: %s", rest[r.name:r.typ], rows[k+1].why))
			continue
		}
		if r.why != "" {
			continue
		}
		if g := gluedTypeAt(rest[r.end:end], src.Words); g >= 0 {
			whys = append(whys, fmt.Sprintf("the description of the row %q holds %q, a word run into a type, where a row may begin that its cells do not tell", rest[r.name:r.typ], pages.Clip(rest[r.end+max(g-12, 0):end])))
			continue
		}
		cells := make([]string, len(cols))
		for c, col := range cols {
			switch col {
			case pages.ColName:
				cells[c] = rest[r.name:r.typ]
			case pages.ColType:
				cells[c] = typeCell(rest[r.typ:r.req])
			case pages.ColRequired:
				cells[c] = rest[r.req:r.end]
			default:
				cells[c] = strings.TrimSpace(rest[r.end:end])
			}
		}
		if r.how != "" {
			hows = append(hows, fmt.Sprintf("%q (%s)", rest[r.name:r.typ], r.how))
		}
		tb.Rows = append(tb.Rows, &pages.Row{Line: line, Raw: rest[r.name:end], Cells: cells})
	}
	if len(whys) > 0 {
		return refuse(strings.Join(whys, "; "))
	}
	how := ""
	if len(hows) > 0 {
		how = "; where a name begins in the description before it, told by: " + strings.Join(hows, ", ")
	}
	src.Report.Warn(pages.At(src.Name, line), "line %d holds a whole table on one line (%s), its cells and rows run together with nothing between them, as a converter without tables prints it: read a row at each name run into a type%s", line, strings.Join(head, " | "), how)
	return tb
}

// gluedTypeAt returns where a description holds a type that a name
// byte runs into (a primitive, List<…>, a link, a type the pages name):
// a row may begin there that runRows did not find (its type cell
// followed by no requiredness, or by a link a converter broke), and the
// description would hold it. It returns -1 where it holds none.
func gluedTypeAt(desc string, words pages.Lexicon) int {
	for i := 1; i < len(desc); i++ {
		if !isRunNameByte(desc[i-1]) {
			continue
		}
		if desc[i] == '[' && linkTypeRe.MatchString(desc[i:]) {
			return i
		}
		if desc[i] < 'A' || desc[i] > 'Z' {
			continue
		}
		if pages.RunRow.TypeLen(desc[i:]) > 0 {
			return i
		}
		for _, p := range words.PrefixesOf(desc[i:]) {
			if p[0] >= 'A' && p[0] <= 'Z' {
				return i
			}
		}
	}
	return -1
}

// runCodeLabels returns the labels of the header of a table of codes
// that a line begins with, run together with nothing between them
// ("Status CodeStatus Code DescriptionStatus Code Detailed
// Description200Normal…"), as the protocol writes them (a
// pages.CodeLabeller lexicon), where text goes on after them: a whole
// table of codes printed so; with the line written as one whose cells
// stand a space apart where a row begins (runCodeCutRe), for
// lineCodeTable. Labels in words the protocol does not write ("Status
// CodeDetail CodeMessageDescription463-71301…") are those before the
// first status code run into a letter, read at their seams
// (pages.SeamCodeLabels), seams set. Labels are nil for any other line.
func runCodeLabels(words pages.Lexicon, t string) (labels []string, spaced string, seams bool) {
	cl, ok := words.(pages.CodeLabeller)
	if !ok {
		return nil, "", false
	}
	run := ""
	for _, l := range cl.CodeLabels() {
		if r := strings.Join(l, ""); len(t) > len(r) && strings.HasPrefix(t, r) {
			labels, run = l, r
			break
		}
	}
	if labels == nil {
		m := runCodeCutRe.FindStringSubmatchIndex(t)
		if m == nil || m[3] == 0 {
			return nil, "", false
		}
		if labels, _ = pages.SeamCodeLabels(t[:m[3]]); labels == nil {
			return nil, "", false
		}
		run, seams = t[:m[3]], true
	}
	return labels, strings.Join(labels, " ") + " " + runCodeCutRe.ReplaceAllString(t[len(run):], "$1 $2 $3 $4 $5"), seams
}

// runCodeCutRe matches where a row of a table of codes printed run
// together begins: a status code or range ("400", "4xx"), a negative
// code after it or not, at the start or right after a letter or a
// closing mark, a note in parentheses after them or not ("4xx (custom
// status)"), and a capital.
var runCodeCutRe = regexp.MustCompile(`(^|[A-Za-z.)])([1-5][0-9xX]{2})(-[0-9]+)?( ?\([^()]*\))?([A-Z])`)

// runDetailCutRe matches where a row of a table of detail codes printed
// run together begins that lost its status to a cell spanning rows above
// it: a negative code right after a letter or a closing mark, and a
// capital ("…harvest needs-84502Canopy too thin…").
var runDetailCutRe = regexp.MustCompile(`([A-Za-z.)])(-[0-9]+)([A-Z])`)

// runTextCutRe matches where a cell of a row printed run together runs
// into the next: a capital right after a lower-case letter, a digit or a
// closing mark ("Zone fallowThe zone…").
var runTextCutRe = regexp.MustCompile(`[a-z0-9.)][A-Z]`)

// cutRunText cuts the text of a row of a table of codes printed run
// together, its last of cells, into its n text columns where a word
// runs into a capital (runTextCutRe), where the text holds exactly n-1
// such places; it leaves the row as it is otherwise.
func cutRunText(cells []string, n int) {
	last := len(cells) - 1
	text := cells[last]
	at := runTextCutRe.FindAllStringIndex(text, -1)
	if n < 2 || len(at) != n-1 {
		return
	}
	from := 0
	for k, m := range at {
		cells[last-n+1+k] = text[from : m[0]+1]
		from = m[0] + 1
	}
	cells[last] = text[from:]
}

// runColumns reports whether a table printed run together has the
// columns whose cells runRows tells: a name, a type, a requiredness or
// none, and a description last.
func runColumns(cols []pages.Column) bool {
	if len(cols) < 3 || cols[0] != pages.ColName || cols[1] != pages.ColType || cols[len(cols)-1] != pages.ColDescription {
		return false
	}
	return len(cols) == 3 || len(cols) == 4 && cols[2] == pages.ColRequired
}

// typeCell is the type cell of a type written run together: a link's
// text for a type written as a Markdown link, the type as written for
// any other.
func typeCell(t string) string {
	if m := linkTypeRe.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	return t
}
