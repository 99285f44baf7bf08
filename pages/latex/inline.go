package latex

import (
	"strings"

	"github.com/docs2go/docs2go/pages"
)

// symbols are the commands that write a character, or a space, as the
// text they show: the escapes pandoc writes for a character TeX reads as
// markup ("\textasciitilde{}", "\textless{}"), and a few a hand writes.
var symbols = map[string]string{
	"textasciitilde": "~", "textasciicircum": "^", "textbackslash": `\`, "textless": "<", "textgreater": ">",
	"textbar": "|", "textquotesingle": "'", "textquotedbl": `"`, "textasciigrave": "`", "textunderscore": "_",
	"textbraceleft": "{", "textbraceright": "}", "textdollar": "$", "textsection": "§", "S": "§", "P": "¶",
	"ldots": "...", "dots": "...", "textellipsis": "...", "textendash": "–", "textemdash": "—", "textbullet": "•",
	"copyright": "©", "textcopyright": "©", "textregistered": "®", "texttrademark": "™", "textdegree": "°",
	"newline": " ", "linebreak": " ", "par": " ", "quad": " ", "qquad": " ", "hfill": " ",
	"LaTeX": "LaTeX", "TeX": "TeX",
}

// dropped are the commands that show nothing, with their arguments: a
// label, an anchor's or a space's setting, a rule of a table, an image,
// an environment's begin and end (\begin{minipage}[b]{\linewidth}).
var dropped = map[string]bool{
	"label": true, "hspace": true, "vspace": true, "includegraphics": true, "index": true, "protect": true,
	"pagebreak": true, "newpage": true, "clearpage": true, "phantomsection": true, "addcontentsline": true,
	"tightlist": true, "noindent": true, "centering": true, "raggedright": true, "raggedleft": true,
	"arraybackslash": true, "footnotemark": true, "setlength": true, "toprule": true, "midrule": true,
	"bottomrule": true, "hline": true, "cline": true, "cmidrule": true, "endhead": true, "endfirsthead": true,
	"endfoot": true, "endlastfoot": true, "noalign": true, "begin": true, "end": true, "maketitle": true,
	"tableofcontents": true, "strut": true, "allowbreak": true, "relax": true, "smallskip": true,
	"medskip": true, "bigskip": true, "linewidth": true, "columnwidth": true, "textwidth": true,
}

// targeted are the commands whose first argument is a target or a
// setting and whose second is the text they show: a link
// (\href{url}{text}, \hyperlink{id}{text}), an anchor
// (\hypertarget{id}{text}), a color, a language (pandoc's
// \foreignlanguage{american}{text}).
var targeted = map[string]bool{"href": true, "hyperlink": true, "hypertarget": true, "textcolor": true, "colorbox": true, "foreignlanguage": true}

// inline is the text a line of LaTeX shows, single-spaced as
// pages.SpansText writes its monospace spans: \texttt{x} and \verb|x| as
// a monospace span, an escaped character (\_, \&, \%, {-}, {[}) and a
// symbol command (\textasciitilde{}) as the character, ~ (a no-break
// space) as a space, a bare tilde a converter left as the page's (tildes), “x” as "x", a link as its text (\href{url}{text})
// or, with no text, as nothing, \url{x} as x, \texorpdfstring{a}{b} as
// a, commands that show nothing (\label, \hspace, \protect, rules) as
// nothing, and any other command (\textbf, \emph) as the text of its
// arguments. In a heading (title), a permalink (a link to an anchor that
// shows no word: pages.Permalink) is nothing.
func inline(s string, title bool) string {
	r := newTexts(s, title, false)
	r.walk(0, len(s), false)
	return r.single()
}

// contextInline is the text a line of ConTeXt shows, as inline's of
// LaTeX: \type{x} (or \type<<x>>) a monospace span, a \letter… escape
// (\letterpercent) the character, \crlf a space, \goto{text}[ref] its
// text (nothing for a heading's permalink), \useURL[id][url][][text] its
// text and \from[id], that shows it again, nothing; a command's options
// ([…]) after its arguments are no text.
func contextInline(s string, title bool) string {
	r := newTexts(s, title, false)
	r.context, r.options = true, groupsOf(s, true)
	r.walk(0, len(s), false)
	return r.single()
}

// single is the text of the spans kept, single-spaced.
func (r *texts) single() string {
	var kept []pages.Span
	for _, sp := range r.spans {
		if sp.text.Len() > 0 {
			kept = append(kept, pages.Span{Text: sp.text.String(), Code: sp.code})
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return strings.TrimSpace(pages.SpansText(kept))
}

// codeLine is the text a line of a code block pandoc highlights shows
// (\NormalTok{Auth{-}Token: x}\StringTok{"a\_b"}), its spaces as written.
func codeLine(s string) string {
	r := newTexts(s, false, true)
	r.walk(0, len(s), true)
	return r.shown()
}

// texts gathers the spans of text that a piece of LaTeX, s, shows.
// title is set for a heading's, code for a code block's line, whose
// quotes and spaces are as written.
type texts struct {
	s       string
	groups  braces
	spans   []*span
	title   bool
	code    bool
	context bool   // whether s is ConTeXt's
	options braces // the groups and options ([…]) of ConTeXt's s
	depth   int    // of the groups walk is in
}

// maxDepth is the depth of groups that walk reads as groups: a group
// deeper, or one that nothing closes, is read as its text, its braces
// and commands' names as nothing, so that reading takes no deeper calls
// than that however a page nests its braces.
const maxDepth = 64

// span is a run of the text shown, monospace or not.
type span struct {
	text strings.Builder
	code bool
}

// newTexts returns the texts of s, its groups found.
func newTexts(s string, title, code bool) *texts {
	return &texts{s: s, groups: groupsOf(s, false), title: title, code: code}
}

// add appends text t to the spans, to the last one when it is as
// monospace as t.
func (r *texts) add(t string, mono bool) {
	if n := len(r.spans); n == 0 || r.spans[n-1].code != mono {
		r.spans = append(r.spans, &span{code: mono})
	}
	r.spans[len(r.spans)-1].text.WriteString(t)
}

// shown is the text of the spans, run together.
func (r *texts) shown() string {
	var b strings.Builder
	for _, sp := range r.spans {
		b.WriteString(sp.text.String())
	}
	return b.String()
}

// special are the bytes of LaTeX that are no text as written.
const special = "\\{}~%$`'\n\t"

// walk adds the text that s[from:to] shows, monospace where mono.
func (r *texts) walk(from, to int, mono bool) {
	s := r.s
	r.depth++
	defer func() { r.depth-- }()
	deep := r.depth > maxDepth
	for i := from; i < to; {
		k := strings.IndexAny(s[i:to], special)
		if k < 0 {
			r.add(s[i:to], mono)
			return
		}
		if k > 0 {
			r.add(s[i:i+k], mono)
			i += k
		}
		c := s[i]
		switch {
		case c == '\\' && deep && i+1 < to && pages.IsASCIILetter(s[i+1]):
			i = nameEnd(s[:to], i+1)
		case c == '\\':
			i = r.escape(i, to, mono)
		case c == '{' && (deep || r.groups.closing(i) == len(s)):
			i++
		case c == '{':
			end := min(r.groups.closing(i), to)
			r.walk(i+1, end, mono)
			i = end + 1
		case c == '}' || c == '$':
			i++
		case c == '%' && !r.code:
			for i < to && s[i] != '\n' {
				i++
			}
		case (c == '`' || c == '\'') && !r.code && i+1 < to && s[i+1] == c:
			r.add(`"`, mono)
			i += 2
		case c == '~' && !r.code:
			n := len(s[i:to]) - len(strings.TrimLeft(s[i:to], "~"))
			r.add(tildes(s, i, n), mono)
			i += n
		case c == '\n', c == '\t':
			r.add(" ", mono)
			i++
		default:
			r.add(s[i:i+1], mono)
			i++
		}
	}
}

// tildes is the text of the run of n "~" at s[i]. A "~" is a tie, a
// no-break space, but a converter that writes a no-break space as a tie
// leaves the page's own "~" bare ("1&nbsp;~&nbsp;100" as "1~~~100"): a
// run of three is a tilde between two ties, " ~ ", and a lone "~" beside
// a space, which a tie never is, the page's tilde; any other run is ties.
func tildes(s string, i, n int) string {
	spaced := i > 0 && s[i-1] == ' ' || i+n < len(s) && s[i+n] == ' '
	switch {
	case n == 3:
		return " ~ "
	case n == 1 && spaced:
		return "~"
	}
	return strings.Repeat(" ", n)
}

// escape adds the text of the command or escaped character at s[i], a
// backslash, that ends by to, and returns the index after it.
func (r *texts) escape(i, to int, mono bool) int {
	s := r.s
	if i+1 >= to {
		return to
	}
	if !pages.IsASCIILetter(s[i+1]) {
		switch c := s[i+1]; c {
		case '\\':
			r.add(" ", mono)
			return skipOptional(s[:to], i+2)
		case '-', '/':
			return i + 2
		case ',', ';', ':', ' ', '\n':
			r.add(" ", mono)
			return i + 2
		default:
			r.add(s[i+1:i+2], mono)
			return i + 2
		}
	}
	j := nameEnd(s[:to], i+1)
	name := s[i+1 : j]
	if j < to && s[j] == '*' {
		j++
	}
	switch {
	case name == "verb" && j < to:
		return r.delimited(j+1, to, s[j:j+1])
	case r.context && name == "type" || r.context && name == "typ":
		return r.typed(j, to)
	case r.context && contextSymbols[name] != "":
		r.add(contextSymbols[name], mono)
		if strings.HasPrefix(s[j:to], "{}") {
			return j + 2
		}
		return skipSpaces(s[:to], j)
	case symbols[name] != "":
		r.add(symbols[name], mono)
		if strings.HasPrefix(s[j:to], "{}") {
			return j + 2
		}
		return skipSpaces(s[:to], j)
	case name == "item":
		r.add(" ", mono)
		if j < to && s[j] == '[' {
			if k := strings.IndexByte(s[j:to], ']'); k > 0 {
				r.walk(j+1, j+k, mono)
				r.add(" ", mono)
				return j + k + 1
			}
		}
		return j
	}
	if r.context {
		return r.contextCommand(name, j, to, mono)
	}
	args, end := r.groups.arguments(s[:to], j, name == "begin" || name == "cmidrule")
	switch {
	case dropped[name]:
	case name == "texttt" || name == "code" || name == "lstinline":
		for _, a := range args {
			r.walk(a.from, a.to, true)
		}
	case name == "texorpdfstring":
		if len(args) > 0 {
			r.walk(args[0].from, args[0].to, mono)
		}
	case targeted[name] && len(args) >= 2:
		r.link(args[1], s[args[0].from:args[0].to], name, mono)
	default:
		for _, a := range args {
			r.walk(a.from, a.to, mono)
		}
	}
	if len(args) == 0 && !dropped[name] {
		return skipSpaces(s[:to], end)
	}
	return end
}

// contextSymbols are the ConTeXt commands that write a character or a
// space: the escapes pandoc writes (\letterpercent{}, \letterbar{}) and
// the breaks and spaces inside a line.
var contextSymbols = map[string]string{
	"letterpercent": "%", "letterhash": "#", "letterdollar": "$", "letterbackslash": `\`, "letterbar": "|",
	"letterampersand": "&", "letterunderscore": "_", "letterleftbrace": "{", "letterrightbrace": "}",
	"lettertilde": "~", "letterhat": "^", "letterless": "<", "lettermore": ">", "letterdoublequote": `"`,
	"letterquote": "'", "letterat": "@", "letterexclamationmark": "!", "letterquestionmark": "?",
	"letterescape": `\`, "letterslash": "/", "crlf": " ", "break": " ", "nbsp": " ", "space": " ",
	"thinspace": " ", "enspace": " ", "emspace": " ", "periods": "...", "endash": "–", "emdash": "—",
}

// typed adds the text of a \type whose name ends at s[j], by to, as a
// monospace span: its argument in braces, in << >> or between a
// character and its repeat (\type|x|); it returns the index after it.
func (r *texts) typed(j, to int) int {
	s := r.s
	j = skipSpaces(s[:to], j)
	switch {
	case j >= to:
		return to
	case s[j] == '{':
		end := min(r.groups.closing(j), to)
		r.add(s[j+1:end], true)
		return min(end+1, to)
	case strings.HasPrefix(s[j:to], "<<"):
		return r.delimited(j+2, to, ">>")
	}
	return r.delimited(j+1, to, s[j:j+1])
}

// delimited adds the text from s[from] to the first close by to as a
// monospace span (a \verb|x| or \type|x|, a \type<<x>>), all of it when
// nothing closes it; it returns the index after the close.
func (r *texts) delimited(from, to int, close string) int {
	end := strings.Index(r.s[from:to], close)
	if end < 0 {
		r.add(r.s[from:to], true)
		return to
	}
	r.add(r.s[from:from+end], true)
	return from + end + len(close)
}

// contextCommand adds the text of ConTeXt command name, whose name ends
// at s[j], by to: \goto{text}[ref] its text, \useURL[id][url][][text]
// its text, \quotation{x} "x", a command of dropped nothing, any other
// the text of its braced arguments, its options ([…]) none; it returns
// the index after the command.
func (r *texts) contextCommand(name string, j, to int, mono bool) int {
	s := r.s
	var braced, options []arg
	end := j
	for end < to && (s[end] == '{' || s[end] == '[') {
		k := min(r.options.closing(end), to)
		if s[end] == '{' {
			k = min(r.groups.closing(end), to)
			braced = append(braced, arg{end + 1, k})
		} else {
			options = append(options, arg{end + 1, k})
		}
		end = min(k+1, to)
	}
	switch {
	case dropped[name] || name == "from" || name == "reference":
	case name == "goto" && len(braced) > 0:
		target := "#"
		if len(options) > 0 {
			target += s[options[0].from:options[0].to]
		}
		r.link(braced[0], target, name, mono)
	case name == "useURL" || name == "useurl":
		if len(options) >= 4 {
			r.walk(options[3].from, options[3].to, mono)
		}
	case name == "quotation" || name == "quote":
		q := map[bool]string{true: `"`, false: "'"}[name == "quotation"]
		r.add(q, mono)
		for _, a := range braced {
			r.walk(a.from, a.to, mono)
		}
		r.add(q, mono)
	default:
		for _, a := range braced {
			r.walk(a.from, a.to, mono)
		}
	}
	if len(braced) == 0 && len(options) == 0 {
		return skipSpaces(s[:to], end)
	}
	return end
}

// link adds the text of a link, or of an anchor or a color, of command
// name, whose text is text and target target: nothing for a heading's
// permalink (an anchor's link that shows no word).
func (r *texts) link(text arg, target, name string, mono bool) {
	inner := &texts{s: r.s, groups: r.groups, title: r.title, code: r.code, context: r.context, options: r.options}
	inner.walk(text.from, text.to, mono)
	if name == "hyperlink" {
		target = "#" + target
	}
	if r.title && name != "hypertarget" && pages.Permalink(inner.shown(), target) {
		return
	}
	for _, sp := range inner.spans {
		r.add(sp.text.String(), sp.code)
	}
}

// arg is a braced argument of a command, s[from:to] inside its braces.
type arg struct{ from, to int }

// braces are the groups of a piece of LaTeX: for each index of an
// opening brace, the index of the brace that closes it.
type braces map[int]int

// groupsOf finds the groups of s in one pass, an escaped brace (\{)
// aside: for each index of an opening brace, the index of the brace
// that closes it, len(s) for one nothing closes. With options, ConTeXt's
// [options] are groups too, brackets and braces matched as they nest.
func groupsOf(s string, options bool) braces {
	g := braces{}
	var open []int
	for j := 0; j < len(s); j++ {
		switch c := s[j]; {
		case c == '\\':
			j++
		case c == '{' || options && c == '[':
			open = append(open, j)
		case c == '}' || options && c == ']':
			if n := len(open); n > 0 {
				g[open[n-1]] = j
				open = open[:n-1]
			}
		}
	}
	for _, o := range open {
		g[o] = len(s)
	}
	return g
}

// closing returns the index of the brace that closes the group opening
// at index i, len of the piece when nothing closes it.
func (g braces) closing(i int) int { return g[i] }

// arguments returns the arguments of the command whose name ends at
// s[j]: each optional one ([…]) before the first braced one is passed
// over, and each braced one ({…}) right after it returned, with the
// index after the last. Where all is set, optional ones ([…], (…)) are
// passed over after braced ones too, as an environment's begin takes
// them (\begin{minipage}[b]{\linewidth}).
func (g braces) arguments(s string, j int, all bool) ([]arg, int) {
	var args []arg
	for j < len(s) {
		switch s[j] {
		case '[', '(':
			if len(args) > 0 && !all || s[j] == '(' && !all {
				return args, j
			}
			end := strings.IndexByte(s[j:], "])"[strings.IndexByte("[(", s[j])])
			if end < 0 {
				return args, j
			}
			j += end + 1
		case '{':
			end := min(g.closing(j), len(s))
			args = append(args, arg{j + 1, end})
			j = end + 1
		default:
			return args, j
		}
	}
	return args, len(s)
}

// skipOptional returns the index after the optional argument ([…]) at
// s[i], or i when there is none.
func skipOptional(s string, i int) int {
	if i < len(s) && s[i] == '[' {
		if end := strings.IndexByte(s[i:], ']'); end >= 0 {
			return i + end + 1
		}
	}
	return i
}

// skipSpaces returns the index of the first byte from s[i] on that is
// no space: TeX reads the spaces after a command's name as none.
func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// nameEnd returns the index after the letters of a command's name that
// begins at s[i].
func nameEnd(s string, i int) int {
	for i < len(s) && pages.IsASCIILetter(s[i]) {
		i++
	}
	return i
}
