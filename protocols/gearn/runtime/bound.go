package runtime

import "strconv"

// maxInvalidMembers is how many violations the decoder records: past
// them, it stops reading, so that neither the work on a hostile body nor
// the answer that lists them grows with the body.
const maxInvalidMembers = 100

// maxViolationBytes bounds the records of the violations too, whose paths
// may be long in a deeply nested body: past it, the decoder stops as it
// does past maxInvalidMembers.
const maxViolationBytes = 32 << 10

// errFull is what stops a decoder whose violations are full: no syntax
// error, and no reader sees past it.
var errFull = &BodyError{Reason: "more invalid members than an answer lists"}

// stopFull stops the decoder once its violations are full: what the body
// holds after is not read.
func (d *decoder) stopFull() {
	if d.err == nil {
		d.err = errFull
	}
	d.pos = len(d.data)
}

// truncation is the debug message of an answer that lists e's members:
// none, unless the decoder stopped at the bound of its violations.
func (e *ValidationError) truncation() string {
	if !e.Truncated {
		return ""
	}
	return "the first " + strconv.Itoa(len(e.Members)) + " invalid members the body holds, in the order of the pages; the rest of the body was not read"
}
