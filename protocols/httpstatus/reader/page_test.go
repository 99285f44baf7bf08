package reader

import (
	"strings"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

func TestStatusCode(t *testing.T) {
	for _, c := range []struct {
		cell       string
		code       int
		rng, note  string
		lo, hi     int
		wantsError bool
	}{
		{cell: "200", code: 200, lo: 200, hi: 200},
		{cell: " 503 ", code: 503, lo: 503, hi: 503},
		{cell: "4xx (custom status)", rng: "4xx", note: "custom status", lo: 400, hi: 499},
		{cell: "5XX", rng: "5xx", lo: 500, hi: 599},
		{cell: "40x", rng: "40x", lo: 400, hi: 409},
		{cell: "400-499", rng: "400-499", lo: 400, hi: 499},
		{cell: "460 ~ 469 (lockouts)", rng: "460-469", note: "lockouts", lo: 460, hi: 469},
		{cell: "4x1", wantsError: true},
		{cell: "x00", wantsError: true},
		{cell: "499-400", wantsError: true},
		{cell: "4xx-499", wantsError: true},
		{cell: "600", wantsError: true},
		{cell: "OK", wantsError: true},
		{cell: "", wantsError: true},
	} {
		code, rng, note, err := statusCode(c.cell)
		if c.wantsError {
			if err == nil {
				t.Errorf("statusCode(%q) = %d %q, want an error", c.cell, code, rng)
			}
			continue
		}
		if err != nil || code != c.code || rng != c.rng || note != c.note {
			t.Errorf("statusCode(%q) = %d %q %q %v, want %d %q %q", c.cell, code, rng, note, err, c.code, c.rng, c.note)
			continue
		}
		s := &schema.Status{Code: code, Range: rng}
		if lo, hi, ok := s.Bounds(); !ok || lo != c.lo || hi != c.hi {
			t.Errorf("%q covers %d-%d (%v), want %d-%d", c.cell, lo, hi, ok, c.lo, c.hi)
		}
	}
}

// TestCoveringStatus checks that an example answer lands under its own
// code before a range, and under the narrowest range.
func TestCoveringStatus(t *testing.T) {
	statuses := []*schema.Status{{Range: "4xx"}, {Code: 401}, {Range: "46x"}, {Range: "400-499"}}
	for code, want := range map[int]*schema.Status{401: statuses[1], 463: statuses[2], 404: statuses[0], 500: nil} {
		if got := coveringStatus(statuses, code); got != want {
			t.Errorf("code %d lands under %+v, want %+v", code, got, want)
		}
	}
}

func TestBasePath(t *testing.T) {
	for _, c := range []struct{ example, documented, base string }{
		{"/service/v5/auth/validation", "/auth/validation", "/service/v5"},
		{"/auth/validation", "/auth/validation", ""},
		{"/v1/players/42/name", "/players/{playerId}/name", "/v1"},
		{"/v1/players/42/", "/players/:id", "/v1"},
		{"/service/v5/auth/validate", "/auth/validation", "-"},
		{"/validation", "/auth/validation", "-"},
		{"/x/auth/validation", "auth/validation", "/x"},
	} {
		base, ok := basePath(c.example, c.documented)
		if !ok {
			base = "-"
		}
		if base != c.base {
			t.Errorf("basePath(%q, %q) = %q, want %q", c.example, c.documented, base, c.base)
		}
	}
}

func TestEnumValues(t *testing.T) {
	for desc, want := range map[string]string{
		"Access Platform (web, launcher, mobile, pc)": "web launcher mobile pc",
		`Client kind ("ios" / "android")`:             "ios android",
		"Mode (see below) (a | b)":                    "a b",
		"Player ID (used for comparison validation)":  "",
		"Platform (web)":                              "",
		"no list":                                     "",
	} {
		if got := strings.Join(enumValues(desc), " "); got != want {
			t.Errorf("enumValues(%q) = %q, want %q", desc, got, want)
		}
	}
}
