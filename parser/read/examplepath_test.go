package read

import (
	"slices"
	"testing"
)

// TestValueSegments reads the segments of an example request's path that
// are values by their form, and keeps words, versions and parameters.
func TestValueSegments(t *testing.T) {
	for path, want := range map[string][]string{
		"/kilns/42/charge":                            {"42"},
		"/kilns/KLN-204817":                           {"KLN-204817"},
		"/guilds/g-7/members":                         {"g-7"},
		"/seats/row_3":                                {"row_3"},
		"/rooms/ab12/seats":                           {"ab12"},
		"/kilns/fedcba98-abcd-ef12-dcba-abcdef7a6b5c": {"fedcba98-abcd-ef12-dcba-abcdef7a6b5c"},
		"/droids/R2D2":                                {"R2D2"},
		"/days/2026-11-19":                            {"2026-11-19"},
		"/service/v5/v1.2/V2/2.0":                     nil,
		"/oauth2/s3/ec2/EC2":                          nil,
		"/md5/base64/i18n/k8s":                        nil,
		"/kilns/{kilnId}/:shelf":                      nil,
		"/players/me":                                 nil,
	} {
		if got := ValueSegments(path); !slices.Equal(got, want) {
			t.Errorf("ValueSegments(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestParamPaths reads the paths a line writes with a parameter, in
// braces or after a colon, without a URL's host or a sentence's full
// stop, and no name in braces outside a path.
func TestParamPaths(t *testing.T) {
	for text, want := range map[string][]string{
		"Call /kilns/{kilnId}/shelves/{level}.":                {"/kilns/{kilnId}/shelves/{level}"},
		"GET https://api.example.com/kilns/:kilnId, or /kilns": {"/kilns/:kilnId"},
		"Hello, {nickname}!":                                   nil,
		"See https://example.com/kilns at 10:30":               nil,
	} {
		if got := ParamPaths(text); !slices.Equal(got, want) {
			t.Errorf("ParamPaths(%q) = %q, want %q", text, got, want)
		}
	}
}
