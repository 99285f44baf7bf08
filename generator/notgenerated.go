package generator

import (
	"fmt"

	"github.com/docs2go/docs2go/schema"
)

// notGenerated lists, at each status and endpoint, what the schema
// documents and no backend generates yet: a status's detail codes, query
// parameters, a plain answer beside the envelope, a GET's body.
// Generating without them would drop documented facts silently, so
// Generate refuses the schema instead.
func notGenerated(api *schema.API, file string) schema.Diagnostics {
	var ds schema.Diagnostics
	at := func(p schema.Pos, line int) schema.Pos {
		if line > 0 {
			return schema.Pos{Page: file, Line: line}
		}
		return p
	}
	for _, op := range api.Operations {
		for _, s := range op.Statuses {
			if len(s.Details) > 0 {
				name := s.Range
				if name == "" {
					name = fmt.Sprint(s.Code)
				}
				ds.Add(at(s.At, s.Line), "operation %s, status %s: docs2go does not generate detail codes (details) yet", op.Name, name)
			}
		}
		for _, ep := range op.Endpoints {
			var what []string
			if len(ep.Query) > 0 {
				what = append(what, "query parameters")
			}
			if op.PlainResponse {
				what = append(what, "a plain response (plainResponse)")
			}
			if ep.GetBody != "" {
				what = append(what, fmt.Sprintf("what a page says of a GET's body (getBody: %s)", ep.GetBody))
			}
			for _, w := range what {
				ds.Add(at(ep.At, ep.Line), "operation %s, endpoint %s %s: docs2go does not generate %s yet", op.Name, ep.Method, ep.Path, w)
			}
		}
	}
	return ds
}
