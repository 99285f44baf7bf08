package read

import (
	"slices"
	"strings"
	"testing"

	"github.com/docs2go/docs2go/pages"
)

// TestReadTitle reads titles of words, in two languages, numbered, with
// a colon, in any case, Korean words run together, and lines that are no
// title: running text, a title's word inside other words.
func TestReadTitle(t *testing.T) {
	for line, want := range map[string]TitleWords{
		"Request Body":                   TitleRequest | TitleBody,
		"REQUEST BODY:":                  TitleRequest | TitleBody,
		"2. Request body":                TitleRequest | TitleBody,
		"3.2.1 Response Fields":          TitleResponse | TitleParams,
		"1) Headers":                     TitleHeaders,
		"Request Body (요청 본문)":           TitleRequest | TitleBody,
		"응답상태코드":                         TitleResponse | TitleStatus | TitleCode,
		"HTTP Headers":                   TitleNeutral | TitleHeaders,
		"URL Parameters":                 TitleURL | TitleParams,
		"Returns":                        TitleResponse | TitleNear,
		"Body Parameters":                TitleBody | TitleParams,
		"Payload":                        TitleBody,
		"The body below is sent as JSON": 0,
		"Request bodies":                 0,
		"Content-Type":                   0,
		"2.5":                            0,
		"Request Body (Things)":          0,
		"":                               0,
	} {
		title, ok := ReadTitle(line)
		if ok != (want != 0) || title.Said|title.Alt != want {
			t.Errorf("ReadTitle(%q) = %v, %v; want %v", line, title.Said|title.Alt, ok, want)
		}
	}
	if title, _ := ReadTitle("Input Parameters"); !slices.Equal(title.Near, []string{`"Input" as "request"`}) {
		t.Errorf("ReadTitle(%q).Near = %q", "Input Parameters", title.Near)
	}
	if title, _ := ReadTitle("결과 필드"); !slices.Equal(title.Near, []string{`"결과" as "응답"`}) {
		t.Errorf("ReadTitle(%q).Near = %q", "결과 필드", title.Near)
	}
}

// TestIsTitleRestoresSpaces restores, by the titles the protocols read,
// a section title a print spaced with a word, and leaves prose so spaced.
func TestIsTitleRestoresSpaces(t *testing.T) {
	text := pages.Text{Lines: []string{"Request목욕탕 Headers", "No목욕탕 comments목욕탕 yet"}}
	var rep pages.Reporter
	pages.RestoreSpaces("p.txt", &text, IsTitle, &rep)
	if want := []string{"Request Headers", "No목욕탕 comments목욕탕 yet"}; !slices.Equal(text.Lines, want) {
		t.Errorf("lines = %q, want %q", text.Lines, want)
	}
}

// TestTitleSaidCutsWordsAsFields checks that titleSaid, which cuts a
// title's words byte by byte, reads the words strings.FieldsFunc cuts at
// titleSeparator: spaces of every kind (a no-break space, a tab), the
// marks, non-ASCII words and bytes that are no UTF-8.
func TestTitleSaidCutsWordsAsFields(t *testing.T) {
	for _, title := range []string{
		"", " ", "Request Body", "  request   body ", "Request\u00a0Body", "Request\tBody",
		"Response/Error-Codes", "Error_Code & Description,", "요청 바디", "요청바디 (Request Body)",
		"Request Bödy", "Request \xffBody", "Request\u2003Body", "Body\u0085", "RequestBodyParametersAreHere",
	} {
		var said TitleWords
		words, ok := 0, true
		for _, w := range strings.FieldsFunc(title, titleSeparator) {
			words++
			var what TitleWords
			var known bool
			if pages.IsASCII(w) {
				what, known = asciiWordSays(w)
			} else {
				what, known = compoundSays(strings.ToLower(w))
			}
			if !known {
				said, ok = 0, false
				break
			}
			said |= what
		}
		ok = ok && words > 0
		if got, gotOK := titleSaid(title); got != said || gotOK != ok {
			t.Errorf("titleSaid(%q) = %v, %v; the words FieldsFunc cuts say %v, %v", title, got, gotOK, said, ok)
		}
	}
}
