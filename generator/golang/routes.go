package golang

import (
	"fmt"
	"net/http"
	"path"
	"strings"
)

// CheckRoutes refuses what http.ServeMux cannot route exactly: a method
// that is not an HTTP token, a path that is not absolute and clean or has
// characters its patterns give a meaning to, a path parameter ({name})
// that is not a whole segment of its path, two endpoints at one method
// and path, and two whose patterns ServeMux finds in conflict ("GET
// /a/{x}/b" and "GET /a/b/{y}": neither is more specific, and a request
// for /a/b/b matches both).
func CheckRoutes(endpoints []*Endpoint) error {
	type route struct{ method, path string }
	seen := map[route]string{}
	var order []route // the routes of seen, in the order of the endpoints
	mux := http.NewServeMux()
	for _, e := range endpoints {
		where := fmt.Sprintf("operation %q", e.Op.Name)
		if e.Schema.Role != "" {
			where += fmt.Sprintf(" for role %q", e.Schema.Role)
		}
		m, p := e.Schema.Method, e.Schema.Path
		if m == "" || strings.TrimLeft(m, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return fmt.Errorf("%s: method %q is not an HTTP method in capitals", where, m)
		}
		plain, err := plainPath(p)
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		clean := path.Clean(plain)
		if strings.HasSuffix(plain, "/") && clean != "/" {
			clean += "/"
		}
		if !strings.HasPrefix(plain, "/") || clean != plain || strings.TrimLeft(plain, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@") != "" {
			return fmt.Errorf("%s: path %q is not a clean, plain URL path", where, p)
		}
		r := route{m, p}
		if prev, ok := seen[r]; ok {
			return fmt.Errorf("%s and %s are both at %s %s", prev, where, m, p)
		}
		if register(mux, m+" "+p) != nil {
			for _, prev := range order {
				pair := http.NewServeMux()
				if register(pair, prev.method+" "+prev.path) == nil && register(pair, m+" "+p) != nil {
					return fmt.Errorf("%s at %s %s and %s at %s %s match some paths both, and neither is more specific: net/http's ServeMux cannot tell which serves them", seen[prev], prev.method, prev.path, where, m, p)
				}
			}
			return fmt.Errorf("%s: net/http's ServeMux refuses the pattern %s %s", where, m, p)
		}
		seen[r] = where
		order = append(order, r)
	}
	return nil
}

// plainPath returns p with each path parameter, a whole segment "{name}",
// written as a plain segment, "x", for the checks of a plain path; a
// brace that stands elsewhere is an error.
func plainPath(p string) (string, error) {
	segs := strings.Split(p, "/")
	for i, seg := range segs {
		name, isParam := strings.CutPrefix(seg, "{")
		name, closed := strings.CutSuffix(name, "}")
		switch {
		case isParam && closed && name != "" && !strings.ContainsAny(name, "{}"):
			segs[i] = "x"
		case strings.ContainsAny(seg, "{}"):
			return "", fmt.Errorf("path %q has a brace outside a path parameter that is a whole segment, {name}, the only one net/http's patterns read", p)
		}
	}
	return strings.Join(segs, "/"), nil
}

// register adds pattern to mux, and returns the panic of a pattern
// ServeMux refuses, such as one in conflict with another, as an error.
func register(mux *http.ServeMux, pattern string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	mux.HandleFunc(pattern, func(http.ResponseWriter, *http.Request) {})
	return nil
}
