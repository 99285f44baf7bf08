package pages

import (
	"path"
	"strings"
)

// iconMarks are the marks the icons of the icon sets docs sites use show
// (Font Awesome, Confluence's emoticons and Atlassian's icon font,
// Bootstrap's glyphicons and icons, GitHub's octicons, Material's
// ligatures), by the icon's name as their sets spell it, with dashes or
// underscores: a check ✓, a cross ✗, a minus -.
var iconMarks = map[string]string{
	"check": "✓", "tick": "✓", "done": "✓", "checkmark": "✓", "check-mark": "✓",
	"check-circle": "✓", "circle-check": "✓", "check-circle-o": "✓", "check-circle-fill": "✓", "check_circle": "✓",
	"check-square": "✓", "square-check": "✓", "check-square-o": "✓", "check-square-fill": "✓", "check_box": "✓",
	"check-lg": "✓", "check2": "✓", "task_alt": "✓", "approve": "✓", "ok": "✓",
	"times": "✗", "xmark": "✗", "x": "✗", "close": "✗", "cross": "✗", "remove": "✗", "cancel": "✗", "ban": "✗",
	"times-circle": "✗", "circle-xmark": "✗", "times-circle-o": "✗", "x-circle": "✗", "x-circle-fill": "✗",
	"x-lg": "✗", "x-square": "✗", "square-xmark": "✗",
	"minus": "-", "dash": "-", "dash-lg": "-",
}

// IconMark returns the mark an icon shows that a page names without
// words: by the icon's name ("check", "fa-times" without its set's
// prefix), or by the file of its image ("/images/icons/emoticons/check.svg",
// "cross.png", "wiki:check.png?16"), in every style that shows images (an HTML image without
// alt text, a wiki's "!check.png!", DokuWiki's "{{:check.png}}",
// AsciiDoc's "image:check.png[]" and "icon:check[]"); ok is false for
// an icon of no known mark.
func IconMark(name string) (mark string, ok bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	if strings.ContainsAny(name, "/.") {
		if q := strings.IndexAny(name, "?#"); q >= 0 {
			name = name[:q]
		}
		name = path.Base(name)
		name = name[strings.LastIndexByte(name, ':')+1:] // DokuWiki's namespaces, "wiki:icons:check.png"
		name = strings.TrimSuffix(name, path.Ext(name))
	}
	mark, ok = iconMarks[name]
	return mark, ok
}
