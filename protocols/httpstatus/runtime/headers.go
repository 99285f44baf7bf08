package runtime

import (
	"mime"
	"strconv"
	"strings"
)

// HeaderError lists every header of a request that breaks what its page
// documents. A headers struct's Validate returns it as a *HeaderError; it
// never holds a header's value, which may be a secret.
type HeaderError struct {
	// Headers holds one entry per broken header, in the page's order.
	Headers []InvalidHeader
}

// Error lists the headers and what is wrong with each.
func (e *HeaderError) Error() string {
	var b strings.Builder
	b.WriteString("invalid headers: ")
	for i, h := range e.Headers {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(h.Header)
		b.WriteString(": ")
		b.WriteString(h.Problem.String())
	}
	return b.String()
}

// InvalidHeader is a header of a request and what is wrong with it.
type InvalidHeader struct {
	// Header is the header's name as its page writes it: "Authorization".
	Header  string
	Problem HeaderProblem
}

// HeaderProblem says what is wrong with a header.
type HeaderProblem int

// The problems Validate reports.
const (
	// A required header is absent or empty.
	HeaderMissing HeaderProblem = iota + 1
	// A header's value is not one of the values its page lists.
	HeaderNotAllowed
	// A header's value is not in the form its page documents, such as "KakaoAK
	// {ADMIN_KEY}": each placeholder stands for at least one character.
	HeaderMalformed
)

// String describes the problem in a few words.
func (p HeaderProblem) String() string {
	switch p {
	case HeaderMissing:
		return "required header is missing"
	case HeaderNotAllowed:
		return "value is not one of the documented values"
	case HeaderMalformed:
		return "value is not in the documented form"
	}
	return "HeaderProblem(" + strconv.Itoa(int(p)) + ")"
}

// fitsFormat reports whether s is literals[0], then at least one character,
// then literals[1], and so on: a documented form such as
// "KakaoAK {ADMIN_KEY}", split at its placeholders, with a value in each.
func fitsFormat(s string, literals ...string) bool {
	rest, ok := strings.CutPrefix(s, literals[0])
	if !ok {
		return false
	}
	last := literals[len(literals)-1]
	for _, lit := range literals[1 : len(literals)-1] {
		// The placeholder before lit takes as few characters as it can, and
		// at least one.
		if rest == "" {
			return false
		}
		i := strings.Index(rest[1:], lit)
		if i < 0 {
			return false
		}
		rest = rest[1+i+len(lit):]
	}
	return len(rest) > len(last) && strings.HasSuffix(rest, last)
}

// sameMediaType reports whether a and b are the same media type: type,
// subtype and parameter names compare without regard to case, and so do
// parameter values (charset=UTF-8 is charset=utf-8).
func sameMediaType(a, b string) bool {
	ta, pa, err := mime.ParseMediaType(a)
	if err != nil {
		return false
	}
	tb, pb, err := mime.ParseMediaType(b)
	if err != nil || ta != tb || len(pa) != len(pb) {
		return false
	}
	for k, v := range pa {
		if w, ok := pb[k]; !ok || !strings.EqualFold(v, w) {
			return false
		}
	}
	return true
}
