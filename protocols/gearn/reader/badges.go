package reader

import (
	"regexp"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// roleBadgeRe matches the title of a role's section with the badge a
// docs site sets beside it (VitePress' <Badge>, Docusaurus' and MkDocs'
// labels), which a copy of the page keeps as a word after the role
// ("Admin beta", "Server (deprecated)", "Admin · Beta", "Admin 베타"):
// the role, and the badge, one of the vocabulary of badges
// (read.BadgePattern).
var roleBadgeRe = regexp.MustCompile(`(?i)^(client|server|admin)\s*(?:[·|–—-]\s*)?[(\[]?\s*(` + read.BadgePattern + `)\s*[)\]]?$`)

// badgeTagRe matches VitePress' badge component as a page's Markdown
// source writes it beside a title (<Badge type="warning" text="beta" />,
// <Badge type="tip">beta</Badge>), and its text.
var badgeTagRe = regexp.MustCompile(`<Badge\b[^>]*?\btext="([^"]*)"[^>]*?/?>(?:\s*</Badge>)?|<Badge\b[^>]*>([^<]*)</Badge>`)

// roleBadge returns the role and the badge a role's title with a badge
// names (roleBadgeRe), its badge as a component or as its text, or nil.
func roleBadge(t string) []string {
	if strings.Contains(t, "<Badge") {
		t = badgeTagRe.ReplaceAllString(t, "$1$2")
	}
	t = strings.TrimSpace(t)
	if !startsRole(t) {
		return nil
	}
	return roleBadgeRe.FindStringSubmatch(t)
}

// startsRole reports whether a line begins as each line roleBadgeRe
// matches does, with the first letter of a role in either case, or the
// long s (ſ) Unicode folds to s as the pattern's (?i) does: a line that
// begins otherwise, as most of a page's do, is told before the pattern
// runs on it.
func startsRole(t string) bool {
	return t != "" && (strings.IndexByte("CSAcsa", t[0]) >= 0 || strings.HasPrefix(t, "ſ"))
}

// readRoleBadges reads the title of a role's section that carries a
// badge as the role's title, with a warning: "Admin beta" heads the
// admin's section, and the outline's "Admin" names it, as the site shows
// the badge beside the title and leaves it out of the outline. Read as
// it is, the title would head no section, and the admin's endpoint would
// stand in the section before it.
func readRoleBadges(page string, items []pages.Block, rep *pages.Reporter) []pages.Block {
	var out []pages.Block
	for i, it := range items {
		if it.Table != nil {
			continue
		}
		m := roleBadge(it.Text)
		if m == nil {
			continue
		}
		if out == nil {
			out = append([]pages.Block(nil), items...)
		}
		rep.Warn(pages.At(page, it.Line), "read %q at line %d as the title of the %s section, with the badge %q a docs site sets beside it", pages.Clip(it.Text), it.Line, strings.ToLower(m[1]), m[2])
		out[i].Text = m[1]
	}
	if out == nil {
		return items
	}
	return out
}

// isRoleBadge reports whether a line is a role's title with a badge
// (roleBadgeRe), trying the pattern only on a line that begins as a
// role does.
func isRoleBadge(s string) bool {
	if s == "" || strings.IndexByte("CSAcsa", s[0]) < 0 {
		return false
	}
	return roleBadge(s) != nil
}
