// Package yamlpos locates yaml.v3's errors and describes its nodes, for
// the located messages of every YAML file docs2go reads: the schema,
// docs2go.yaml and the overrides file.
package yamlpos

import (
	"errors"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// Error splits a yaml.v3 error into the line it names, 0 when it names
// none, and its message without the "yaml: line N:" before it. Of a
// *yaml.TypeError it takes the first error.
func Error(err error) (line int, msg string) {
	var te *yaml.TypeError
	msg = err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if i := strings.Index(msg, "line "); i >= 0 {
		fmt.Sscanf(msg[i:], "line %d", &line)
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(msg, "line ") {
		msg = rest
	}
	return line, msg
}

// Kind describes a node for a message: "a mapping", "a list", "an alias",
// "nothing" for null, or its value quoted.
func Kind(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.AliasNode:
		return "an alias"
	case n.Tag == "!!null":
		return "nothing"
	}
	return fmt.Sprintf("%q", n.Value)
}
