package golang

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// GoName turns a name from the pages into an exported Go identifier:
// "userId" becomes "UserID", "loginByiOSDeviceId" "LoginByIOSDeviceID",
// "Generic.BanItem" "BanItem" and "Secret-Key" "SecretKey". It is the only
// function that makes Go names; it returns "" when s holds no letter or
// digit.
func GoName(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	shouting := !strings.ContainsFunc(s, unicode.IsLower)
	var b strings.Builder
	for _, w := range words(s) {
		if shouting {
			w = strings.ToLower(w)
		}
		b.WriteString(goWord(w))
	}
	name := b.String()
	if r, _ := utf8.DecodeRuneInString(name); name != "" && !unicode.IsUpper(r) {
		// A leading digit or an uncased letter cannot start an exported
		// identifier.
		name = "X" + name
	}
	return name
}

// goWord spells one word of a name the Go way: initialisms in capitals,
// also before an "s" or digits ("Id" → "ID", "urls" → "URLs", "id2" →
// "ID2"), other words with a capital first letter and the rest as written
// ("macOS" keeps its "OS").
func goWord(w string) string {
	upper := strings.ToUpper(w)
	if isInitialism(upper) {
		return upper
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && len(stem) > 1 && isInitialism(strings.ToUpper(stem)) {
		return strings.ToUpper(stem) + "s"
	}
	if stem := strings.TrimRightFunc(w, unicode.IsDigit); stem != w && isInitialism(strings.ToUpper(stem)) {
		return strings.ToUpper(stem) + w[len(stem):]
	}
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// isInitialism reports whether w, in capitals, is one of the initialisms Go
// style writes in a single case. The list is golint's; it leaves out "TS",
// so "tsCreate" stays "TsCreate".
func isInitialism(w string) bool {
	switch w {
	case "ACL", "API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML",
		"HTTP", "HTTPS", "ID", "IP", "JSON", "LHS", "QPS", "RAM", "RHS", "RPC",
		"SLA", "SMTP", "SQL", "SSH", "TCP", "TLS", "TTL", "UDP", "UI", "UID",
		"UUID", "URI", "URL", "UTF8", "VM", "XML", "XMPP", "XSRF", "XSS":
		return true
	}
	return false
}

// brandWords are words whose first letter is lower case even inside a
// camel-case name ("loginByiOSDeviceId"); the camel-case rules alone would
// split them wrong.
func brandWords() []string {
	return []string{"iPadOS", "iPhone", "iPad", "iOS"}
}

// words splits a name into its words: at every rune that is neither a
// letter nor a digit, where a lower-case letter or digit meets an upper-case
// one ("userId"), before the last capital of a run that a lower-case letter
// follows ("GNHashtable" → "GN", "Hashtable"), and around the brand words.
func words(s string) []string {
	var out []string
	start := -1 // byte offset of the word being read; -1 between words
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, s[start:end])
		}
		start = -1
	}
	var prev rune // previous rune of the current word, 0 at its start
	for i := 0; i < len(s); {
		if w := brandWordAt(s, i); w != "" {
			flush(i)
			out = append(out, w)
			i += len(w)
			prev = 0
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush(i)
			prev = 0
			i += size
			continue
		case unicode.IsUpper(r) && prev != 0 && !unicode.IsUpper(prev):
			flush(i)
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && unicode.IsLower(next):
			flush(i)
		}
		if start < 0 {
			start = i
		}
		prev = r
		i += size
	}
	flush(len(s))
	return out
}

// brandWordAt returns the brand word that starts at byte i of s, if the
// rune after it does not continue it in lower case ("iPadding" is no
// "iPad").
func brandWordAt(s string, i int) string {
	if s[i] != 'i' {
		return ""
	}
	for _, w := range brandWords() {
		if !strings.HasPrefix(s[i:], w) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[i+len(w):]); !unicode.IsLower(next) {
			return w
		}
	}
	return ""
}

// Idents hands out the package-level identifiers of the generated package.
// Two schema names that map to one Go name would make a package that does
// not compile, so a second claim is an error that names both owners.
type Idents map[string]string

// Claim records that owner (such as `type "Generic.BanItem"`) is declared
// as the Go identifier id.
func (n Idents) Claim(id, owner string) error {
	if id == "" {
		return fmt.Errorf("%s has no letter or digit to make a Go name from", owner)
	}
	if prev, ok := n[id]; ok {
		return fmt.Errorf("%s and %s both become the Go name %s", prev, owner, id)
	}
	n[id] = owner
	return nil
}
