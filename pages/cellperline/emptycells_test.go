package cellperline

import "testing"

func TestEmptyCells(t *testing.T) {
	for _, c := range []struct {
		gap, sep, want int
		ok             bool
	}{
		{1, 1, 0, true}, {3, 1, 1, true}, {5, 1, 2, true}, {2, 1, 0, false}, {4, 1, 1, false},
		{2, 2, 0, true}, {5, 2, 1, true}, {8, 2, 2, true}, {4, 2, 0, false}, {7, 2, 1, false}, {1, 2, 0, false},
	} {
		if got, ok := emptyCells(c.gap, c.sep); got != c.want || ok != c.ok {
			t.Errorf("emptyCells(%d, %d) = %d, %v; want %d, %v", c.gap, c.sep, got, ok, c.want, c.ok)
		}
	}
}
