package fetch

import (
	"bytes"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// links returns the http and https links of an HTML page, resolved
// against its URL (or its <base href>), without fragment or query, each
// once, in order.
func links(pageURL string, body []byte) []string {
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		tag := string(name)
		if (tag != "a" && tag != "base") || !hasAttr {
			continue
		}
		for {
			k, v, more := z.TagAttr()
			if string(k) == "href" {
				ref, err := url.Parse(strings.TrimSpace(string(v)))
				if err == nil {
					if tag == "base" {
						base = base.ResolveReference(ref)
					} else if l := resolve(base, ref); l != "" && !seen[l] {
						seen[l] = true
						out = append(out, l)
					}
				}
			}
			if !more {
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

func resolve(base, ref *url.URL) string {
	u := base.ResolveReference(ref)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	u.Fragment, u.RawFragment, u.RawQuery, u.ForceQuery = "", "", "", false
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}
