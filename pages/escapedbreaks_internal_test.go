package pages

import "testing"

// TestEscapedBreaksReadNone holds escapedBreaksRead to return a cell
// without the two characters \n as it is, allocating nothing, and to read
// one that holds them only after an escaped backslash as it is too.
func TestEscapedBreaksReadNone(t *testing.T) {
	for _, cell := range []string{"", "plain text", `C:\\name`, `a \\n b`, `ends \`} {
		if got, ok := escapedBreaksRead(cell); ok || got != cell {
			t.Errorf("escapedBreaksRead(%q) = %q, %v, want it as it is", cell, got, ok)
		}
	}
	if n := testing.AllocsPerRun(100, func() { escapedBreaksRead("Workers sent to the pan") }); n != 0 {
		t.Errorf("escapedBreaksRead allocates %v times a call, want 0", n)
	}
}
