package reader

import (
	"slices"
	"testing"
)

// TestLexicon gathers the type names an HTTP-status page defines, its
// sections' titles none, and ends a table at a section's title, a type's
// heading, a path heading or a method line, never at a row.
func TestLexicon(t *testing.T) {
	p := Protocol{}
	text := []string{"/guild/notice", "Description", "Request Body", "NameTypeMandatoryDescription", "noticeList<Notice>Notices", "Notice", "The Author object", "Example Response"}
	got := p.Mentions(text)
	if want := []string{"Notice", "Author"}; !slices.Equal(got, want) {
		t.Errorf("Mentions = %q, want %q", got, want)
	}
	lex := p.Lexicon([][]string{got})
	if got := lex.PrefixesOf("NoticeNotices"); !slices.Equal(got, []string{"Notice"}) {
		t.Errorf("PrefixesOf = %q", got)
	}
	for line, want := range map[string]bool{"Response Body": true, "Notice": true, "/guild/notice": true, "POST": true, "noticeList<Notice>Notices": false, "guildIdStringYGuild ID": false} {
		if lex.EndsTable(line) != want {
			t.Errorf("EndsTable(%q) = %v, want %v", line, !want, want)
		}
	}
	if all := lex.Primitives().All(); !slices.Contains(all, "long") || slices.Contains(all, "GNArray") {
		t.Errorf("primitives %q: want long, and no GNArray", all)
	}
}
