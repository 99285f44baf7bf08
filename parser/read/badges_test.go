package read

import (
	"regexp"
	"testing"
)

// TestBadgedName checks that a status badge of the vocabulary after a
// name leaves the name and is told, that a word that may be a part of
// the name, or that states a fact, is kept, and that another word of
// capitals after a name is refused, not taken for a badge.
func TestBadgedName(t *testing.T) {
	for _, c := range []struct {
		cell, name, badge string
		refused           bool
	}{
		{"giftMessage NEW", "giftMessage", "NEW", false},
		{"lootTable BETA", "lootTable", "BETA", false},
		{"GenericModels.Seat UPDATED", "GenericModels.Seat", "UPDATED", false},
		{"`giftMessage` NEW", "giftMessage", "NEW", false},
		{"legacyCode DEPRECATED", "legacyCode", "DEPRECATED", false},
		{"seatMap EXPERIMENTAL", "seatMap", "EXPERIMENTAL", false},
		{"seatMap PREVIEW", "seatMap", "PREVIEW", false},
		{"oldSku LEGACY", "oldSku", "LEGACY", false},
		{"giftMessage", "giftMessage", "", false},
		{"giftMessage New", "giftMessage New", "", false},
		{"user ID", "user ID", "", false},
		{"playerId REQUIRED", "playerId REQUIRED", "", false},
		{"count LONG", "count LONG", "", false},
		{"NEW giftMessage", "NEW giftMessage", "", false},
		{"gift message NEW", "gift message NEW", "", false},
		{"giftMessage NEW2", "giftMessage NEW2", "", false},
		{"userId UUID", "userId UUID", "", true},
		{"callbackUrl HTTPS", "callbackUrl HTTPS", "", true},
		{"loot TABLE", "loot TABLE", "", true},
	} {
		name, badge, err := BadgedName(c.cell)
		if name != c.name || badge != c.badge || (err != nil) != c.refused {
			t.Errorf("BadgedName(%q) = %q, %q, %v; want %q, %q, refused %v", c.cell, name, badge, err, c.name, c.badge, c.refused)
		}
	}
}

// TestBadgePattern matches each badge of the vocabulary in a title, the
// longer of two that begin alike whole.
func TestBadgePattern(t *testing.T) {
	re := regexp.MustCompile(`(?i)^admin (` + BadgePattern + `)$`)
	for _, c := range []struct{ title, badge string }{
		{"Admin beta", "beta"},
		{"admin DEPRECATED", "DEPRECATED"},
		{"Admin 실험적", "실험적"},
		{"Admin 지원 종료", "지원 종료"},
		{"Admin server only", "server only"},
		{"Admin UUID", ""},
	} {
		got := ""
		if m := re.FindStringSubmatch(c.title); m != nil {
			got = m[1]
		}
		if got != c.badge {
			t.Errorf("%q: badge %q, want %q", c.title, got, c.badge)
		}
	}
}
