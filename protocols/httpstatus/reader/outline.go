package reader

// sectionWords are the names of an HTTP-status page's sections that a
// wiki's table of contents or a site's outline lists and the page's own
// titles do not tell (pages.DropOutlines): an endpoint's path heading
// ("/tavern/menu", "GET /tavern/menu"), or a bare section title. Read
// as the page's, each path of an outline would open an endpoint of its
// own with no method.
type sectionWords struct{}

// NamesSection reports whether a text line names a section of an
// HTTP-status page: an endpoint's path heading, or a bare section title.
func (sectionWords) NamesSection(t string) bool {
	if m := pathHeadingOf(t); m != nil && len(m[2]) > 1 {
		return true
	}
	s, rest := titleOf(t)
	return s != secNone && rest == ""
}
