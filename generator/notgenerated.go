package generator

import (
	"fmt"

	"github.com/docs2go/docs2go/schema"
)

// notGenerated lists, at each status, what the schema documents and no
// backend generates yet: a status's detail codes. Generating without them
// would drop documented facts silently, so Generate refuses the schema
// instead.
func notGenerated(api *schema.API, file string) schema.Diagnostics {
	var ds schema.Diagnostics
	for _, op := range api.Operations {
		for _, s := range op.Statuses {
			if len(s.Details) == 0 {
				continue
			}
			name := s.Range
			if name == "" {
				name = fmt.Sprint(s.Code)
			}
			at := s.At
			if s.Line > 0 {
				at = schema.Pos{Page: file, Line: s.Line}
			}
			ds.Add(at, "operation %s, status %s: docs2go does not generate detail codes (details) yet", op.Name, name)
		}
	}
	return ds
}
