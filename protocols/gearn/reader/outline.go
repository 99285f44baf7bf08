package reader

// sectionWords are the names of a GearN page's sections that a site's
// outline of the page ("On this page") lists and the page's own titles
// may not tell (pages.DropOutlines): a role, the title of a part, of a
// status or of an example. Read as the page's, each role of an outline
// would open a section without an endpoint, and the role's own section
// would document it twice.
type sectionWords struct{}

// NamesSection reports whether a line names a section of a GearN page.
func (sectionWords) NamesSection(t string) bool {
	return isRole(t) || isTitle(t) || statusLineRe.MatchString(t) || isExampleTitle(t)
}
