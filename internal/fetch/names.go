package fetch

import (
	"net/url"
	"strings"
)

// Name is the file name a page is saved under: its URL path without the
// leading slash, with "/" written "_", a trailing slash read as "index",
// an .html or .htm extension dropped and any character but letters,
// digits, ".", "-" and "_" written "-"; then ".html". The same URL always
// gives the same name.
func Name(pageURL string) string {
	path := "/"
	if u, err := url.Parse(pageURL); err == nil && u.Path != "" {
		path = u.Path
	}
	path = strings.TrimPrefix(path, "/")
	if path == "" || strings.HasSuffix(path, "/") {
		path += "index"
	}
	lower := strings.ToLower(path)
	for _, ext := range []string{".html", ".htm"} {
		if strings.HasSuffix(lower, ext) {
			path = path[:len(path)-len(ext)]
			break
		}
	}
	var b strings.Builder
	for _, r := range path {
		switch {
		case r == '/':
			b.WriteByte('_')
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	return strings.TrimLeft(b.String(), ".") + ".html"
}
