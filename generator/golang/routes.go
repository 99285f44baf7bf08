package golang

import (
	"fmt"
	"path"
	"strings"
)

// CheckRoutes refuses what http.ServeMux cannot route exactly: a method
// that is not an HTTP token, a path that is not absolute and clean or has
// characters its patterns give a meaning to, two endpoints at one method
// and path.
func CheckRoutes(endpoints []*Endpoint) error {
	type route struct{ method, path string }
	seen := map[route]string{}
	for _, e := range endpoints {
		where := fmt.Sprintf("operation %q", e.Op.Name)
		if e.Schema.Role != "" {
			where += fmt.Sprintf(" for role %q", e.Schema.Role)
		}
		m, p := e.Schema.Method, e.Schema.Path
		if m == "" || strings.TrimLeft(m, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return fmt.Errorf("%s: method %q is not an HTTP method in capitals", where, m)
		}
		clean := path.Clean(p)
		if strings.HasSuffix(p, "/") && clean != "/" {
			clean += "/"
		}
		if !strings.HasPrefix(p, "/") || clean != p || strings.TrimLeft(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@") != "" {
			if strings.Contains(p, "{") {
				return fmt.Errorf("%s: path %q is not a clean, plain URL path (path parameters are not supported yet)", where, p)
			}
			return fmt.Errorf("%s: path %q is not a clean, plain URL path", where, p)
		}
		r := route{m, p}
		if prev, ok := seen[r]; ok {
			return fmt.Errorf("%s and %s are both at %s %s", prev, where, m, p)
		}
		seen[r] = where
	}
	return nil
}
