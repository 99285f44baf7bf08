package read

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// An example request fills in the parameters of the path it calls: where
// the endpoint's path names a parameter ("/kilns/{kilnId}/charge"), the
// example's holds a value ("/kilns/KLN-204817/charge"). A reader that
// takes an endpoint's path from its example, where the page gives none of
// its own, takes it only where no segment reads as such a value and the
// page documents no parameter the path does not name.

// ValueSegments are the segments of an example request's path that read
// as values an example fills a path parameter with, not words of the
// path: one of digits alone ("42"); one with a run of three digits or
// more ("1042", "2026-11-19"); one with a digit right after a separator
// ("g-7", "seat_3"); one with a run of four hex digits or more that holds
// two digits ("ab12", a UUID); one of capitals and digits with a digit
// inside ("R2D2"). A version ("v5", "v1.2", "2.0") is none, nor is a
// word a short number ends ("oauth2", "s3", "ec2"), nor a parameter
// ("{kilnId}").
func ValueSegments(path string) []string {
	var out []string
	for _, seg := range strings.Split(path, "/") {
		if isValueSegment(seg) {
			out = append(out, seg)
		}
	}
	return out
}

// isValueSegment reports whether one segment of an example request's path
// reads as a value (ValueSegments).
func isValueSegment(seg string) bool {
	switch {
	case seg == "" || strings.ContainsAny(seg, "{}") || strings.HasPrefix(seg, ":") || versionRe.MatchString(seg):
		return false
	case allDigitsRe.MatchString(seg) || digitRunRe.MatchString(seg) || separatedDigitRe.MatchString(seg):
		return true
	}
	for _, run := range hexRunRe.FindAllString(seg, -1) {
		if len(run) >= 4 && strings.IndexFunc(run, unicode.IsDigit) != strings.LastIndexFunc(run, unicode.IsDigit) {
			return true
		}
	}
	return capitalsDigitsRe.MatchString(seg) && !trailingNumberRe.MatchString(seg)
}

// versionRe matches a segment that names a version ("v2", "v1.10",
// "2.0");
// allDigitsRe one of digits alone; digitRunRe a run of three digits or
// more; separatedDigitRe a digit right after a separator; hexRunRe a run
// of hex digits; capitalsDigitsRe a segment of capitals and digits with
// one of each; trailingNumberRe a word a short number ends ("EC2").
var (
	versionRe        = regexp.MustCompile(`^(?:[vV][0-9]+(?:\.[0-9]+)*|[0-9]{1,2}(?:\.[0-9]{1,2})+)$`)
	allDigitsRe      = regexp.MustCompile(`^[0-9]+$`)
	digitRunRe       = regexp.MustCompile(`[0-9]{3}`)
	separatedDigitRe = regexp.MustCompile(`[-_.:~][0-9]`)
	hexRunRe         = regexp.MustCompile(`[0-9A-Fa-f]+`)
	capitalsDigitsRe = regexp.MustCompile(`^[A-Z0-9]*(?:[A-Z][0-9]|[0-9][A-Z])[A-Z0-9]*$`)
	trailingNumberRe = regexp.MustCompile(`^[A-Za-z]+[0-9]{1,2}$`)
)

// ParamPaths are the paths a line of text writes with a parameter, as
// "/kilns/{kilnId}/charge" or a router's "/kilns/:kilnId/charge" does,
// each without the scheme and host of a URL and the punctuation that
// ends a sentence. A name in braces outside a path ("Hello, {nickname}")
// is no path's.
func ParamPaths(text string) []string {
	var out []string
	for _, p := range pathRe.FindAllString(hostRe.ReplaceAllString(text, ""), -1) {
		p = strings.TrimRight(p, ".,;:")
		if slices.ContainsFunc(strings.Split(p, "/"), IsParamSegment) {
			out = append(out, p)
		}
	}
	return out
}

// IsParamSegment reports whether a segment of a path names a parameter:
// in braces ("{kilnId}"), or after a colon (":kilnId").
func IsParamSegment(seg string) bool {
	return paramSegmentRe.MatchString(seg)
}

// hostRe matches the scheme and host of a URL; pathRe a path of one
// segment or more; paramSegmentRe a segment that names a parameter.
var (
	hostRe         = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://[^/\s]*`)
	pathRe         = regexp.MustCompile(`(?:/[A-Za-z0-9_.~{}:-]+)+`)
	paramSegmentRe = regexp.MustCompile(`^(?:\{[A-Za-z_][A-Za-z0-9_.-]*\}|:[A-Za-z_][A-Za-z0-9_]*)$`)
)
