package generator

import (
	"fmt"

	"github.com/docs2go/docs2go/schema"
)

// notGenerated lists, at each endpoint, what the schema documents and the
// backend of its protocol does not generate yet: for GearN, query
// parameters, a plain answer beside the envelope, a GET's body.
// Generating without them would drop documented facts silently, so
// Generate refuses the schema instead.
func notGenerated(api *schema.API, file string) schema.Diagnostics {
	var ds schema.Diagnostics
	if api.Protocol != schema.ProtocolGearN {
		return ds
	}
	for _, op := range api.Operations {
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
				at := ep.At
				if ep.Line > 0 {
					at = schema.Pos{Page: file, Line: ep.Line}
				}
				ds.Add(at, "operation %s, endpoint %s %s: docs2go does not generate %s yet", op.Name, ep.Method, ep.Path, w)
			}
		}
	}
	return ds
}
