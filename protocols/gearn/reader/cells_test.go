package reader

import "testing"

// TestEndpointLine reads the endpoint lines scrapes write: plain, in a
// code span, with the host, with the HTTP version.
func TestEndpointLine(t *testing.T) {
	for _, c := range []struct{ line, method, path string }{
		{"POST /api/rJson/authenticate/client/loginByAccount", "POST", "/api/rJson/authenticate/client/loginByAccount"},
		{"`POST /api/rMsgPack/authenticate/client/loginByAccount`", "POST", "/api/rMsgPack/authenticate/client/loginByAccount"},
		{"POST https://gearn.example.com:2202/api/rJson/masterPlayer/admin/linkAccount", "POST", "/api/rJson/masterPlayer/admin/linkAccount"},
		{"POST /service/v5/auth/validation HTTP/1.1", "POST", "/service/v5/auth/validation"},
	} {
		m := endpointRe.FindStringSubmatch(c.line)
		if m == nil || m[1] != c.method || m[2] != c.path {
			t.Errorf("endpointRe(%q) = %q; want %s %s", c.line, m, c.method, c.path)
		}
	}
	for _, line := range []string{"POST", "POST the form", "POST /api/a b"} {
		if endpointRe.MatchString(line) {
			t.Errorf("endpointRe matches %q", line)
		}
	}
}
