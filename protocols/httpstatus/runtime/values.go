// This file is a copy of generator/golang/memberruntime/values.go, which
// the tests of that package keep the same: edit that one, then run go test
// -update there.

package runtime

// splitValues splits a values tag into its values: separated by commas,
// each comma and backslash of a value escaped with a backslash. The tag of
// a member's values and that of a header's (package
// protocols/httpstatus/runtime) are written so.
func splitValues(tag string) []string {
	var values []string
	var v []byte
	for i := 0; i < len(tag); i++ {
		switch c := tag[i]; {
		case c == '\\' && i+1 < len(tag):
			i++
			v = append(v, tag[i])
		case c == ',':
			values = append(values, string(v))
			v = v[:0]
		default:
			v = append(v, c)
		}
	}
	return append(values, string(v))
}
