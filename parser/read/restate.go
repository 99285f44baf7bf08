package read

import (
	"fmt"

	"github.com/docs2go/docs2go/schema"
)

// A Restatement is what a field's second documentation (another table
// of its type, on its page or another) states otherwise than its first,
// at the place its protocol reports it as a warning.
type Restatement struct {
	At   schema.Pos
	Text string
}

// Restate merges a second documentation of a field into the first, the
// one kept, and returns what the merge reports; noun names the field in
// the messages ("Player.level"). Its requiredness is taken from second
// where second states it and first does not (firstStates, secondStates:
// whether their tables have a requiredness column), with no
// restatement: the protocol reports that once for the table; where both
// state it and differ, first's is kept with a restatement. Its
// constraints are taken from second where first states none, with a
// restatement; where both state some and differ, first's are kept with
// a restatement.
func Restate(noun string, first, second *schema.Field, firstStates, secondStates bool) []Restatement {
	var out []Restatement
	switch {
	case !secondStates:
	case !firstStates:
		first.Required, first.RequiredOpen = second.Required, second.RequiredOpen
	case first.Required != second.Required:
		out = append(out, Restatement{second.At, fmt.Sprintf("%s is required=%t here but required=%t at %s; keeping required=%t", noun, second.Required, first.Required, first.At, first.Required)})
	}
	switch here, there := Stated(second), Stated(first); {
	case here == there || here == "":
	case there == "":
		out = append(out, Restatement{second.At, fmt.Sprintf("recovered the constraints of %s, which %s does not state: %s", noun, first.At, here)})
		first.MinLength, first.MaxLength, first.Minimum, first.Maximum = second.MinLength, second.MaxLength, second.Minimum, second.Maximum
		first.MinItems, first.MaxItems, first.Default, first.Values = second.MinItems, second.MaxItems, second.Default, second.Values
	default:
		out = append(out, Restatement{second.At, fmt.Sprintf("%s states %s here but %s at %s; keeping the latter", noun, here, there, first.At)})
	}
	return out
}
