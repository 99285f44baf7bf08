package pages

import (
	"slices"
	"strings"
	"testing"
)

// TestRunTogetherHeader checks the run-together headers read: the columns of a
// field's facts and other docs' columns, in any order and case, each
// once, making a table a reader knows.
func TestRunTogetherHeader(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"CodeTypeRequiredDescription", []string{"Code", "Type", "Required", "Description"}},
		{"CodeTypeRequiredSinceDescription", []string{"Code", "Type", "Required", "Since", "Description"}},
		{"CodeTypeDefaultRequiredDescription", []string{"Code", "Type", "Default", "Required", "Description"}},
		{"CODETYPEEXAMPLEDESCRIPTION", []string{"Code", "Type", "Example", "Description"}},
		{"ParameterTypeMandatoryDescription", []string{"Parameter", "Type", "Mandatory", "Description"}},
		{"CodeTypeAddedInDescription", []string{"Code", "Type", "Added in", "Description"}},
		{"NameCodeDescription", []string{"Name", "Code", "Description"}},
		{"FieldType", nil},
		{"SinceDescription", nil},
		{"CodeTypeTypeDescription", nil},
		{"NameCode1", nil},
		{"Name Code", nil},
		{"DeſcriptionName", nil},
		{"Codes", nil},
	} {
		if got := RunTogetherHeader(c.line); !slices.Equal(got, c.want) {
			t.Errorf("RunTogetherHeader(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestRunTogetherCell checks the header cells read as the words of two
// columns run together: capitals at the seams, columns of a field's
// facts, none twice; a cell that names a column itself is none.
func TestRunTogetherCell(t *testing.T) {
	for _, c := range []struct {
		cell string
		want []string
	}{
		{"TypeRequired", []string{"Type", "Required"}},
		{"NameType", []string{"Name", "Type"}},
		{"RequiredDescription", []string{"Required", "Description"}},
		{"Typerequired", nil},
		{"DataType", nil},
		{"Description", nil},
		{"TypeType", nil},
		{"Type Required", nil},
		{"PressMode", nil},
		{"", nil},
	} {
		if got := RunTogetherCell(c.cell); !slices.Equal(got, c.want) {
			t.Errorf("RunTogetherCell(%q) = %q, want %q", c.cell, got, c.want)
		}
	}
}

// FuzzRunTogetherHeader checks that a run-together header is its column words
// and nothing else: its cells, their spaces dropped, spell the line.
func FuzzRunTogetherHeader(f *testing.F) {
	for _, s := range []string{"CodeTypeRequiredDescription", "NAMEcode", "DeſcriptionName", "Name Code", "NameCode1", "Name\u212aCode", "CodeTypeRequiredSinceDescription"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		head := RunTogetherHeader(s)
		if head != nil && !strings.EqualFold(strings.ReplaceAll(strings.Join(head, ""), " ", ""), s) {
			t.Errorf("RunTogetherHeader(%q) = %q, which does not spell it", s, head)
		}
	})
}
