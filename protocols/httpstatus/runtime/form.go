package runtime

// HasPlaceholders reports whether a header's documented form, such as
// "KakaoAK {ADMIN_KEY}", has placeholders, which Validate fills with a
// value each: the generator's question, for the doc of the header's
// field. A form without them is the one value the header takes. The
// generated package does not hold this function.
func HasPlaceholders(form string) bool {
	return len(formatLiterals(form)) > 1
}
