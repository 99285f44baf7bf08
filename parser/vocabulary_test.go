package parser

import (
	"testing"

	"github.com/docs2go/docs2go/parser/read"
	gearn "github.com/docs2go/docs2go/protocols/gearn/reader"
	httpstatus "github.com/docs2go/docs2go/protocols/httpstatus/reader"
)

// TestVocabularyOf splits a page whose cells run together with the
// lexicon of the protocol its lines tell, before its tables are read: an
// HTTP-status page's bare path heading and method line tell its own; a
// page whose lines tell none, or the protocol given, is split with
// GearN's, or the given one's.
func TestVocabularyOf(t *testing.T) {
	status := []string{"Guild Notice", "", "/guild/notice", "Method", "PUT", "Request Body", "NameTypeMandatoryDescription", "guildIdStringYGuild ID", "Example Response", "HTTP/1.1 200 OK"}
	plain := []string{"Guild", "NameTypeDescription", "guildIdStringGuild ID"}
	for _, c := range []struct {
		lines []string
		given read.Protocol
		want  read.Vocabulary
	}{
		{status, nil, httpstatus.Protocol{}},
		{plain, nil, gearn.Protocol{}},
		{status, gearn.Protocol{}, gearn.Protocol{}},
	} {
		if got := vocabularyOf(c.lines, c.given); got != c.want {
			t.Errorf("vocabularyOf(%q, %v) = %T, want %T", c.lines, c.given, got, c.want)
		}
	}
}
