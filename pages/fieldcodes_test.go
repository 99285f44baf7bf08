package pages

import (
	"slices"
	"testing"
)

func TestDropFieldCodes(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []string
		want []string
	}{
		{"anchor link in a cell", []string{`ration	  HYPERLINK  \l "rationkind" RationKind 	true	What.`, `See   HYPERLINK  \l "rationkind" RationKind `}, []string{"ration\tRationKind\ttrue\tWhat.", "See RationKind"}},
		{"heading's permalink", []string{`Client   HYPERLINK  \l "client" ` + "\u200b ", `Server   HYPERLINK  \l "server"`, ""}, []string{"Client", "Server", ""}},
		{"instruction cut by the wrap", []string{`portions. See   HYPERLINK  \l`, `"genericmodels-rationallotment" GenericModels.RationAllotment `, "", `  HYPERLINK "../g" Guide`}, []string{"portions. See GenericModels.RationAllotment", "", "Guide"}},
		{"text on the next line", []string{`allotments	  HYPERLINK  \l "genericmodels-rationallotment"`, `GenericModels.RationAllotment[] 	true	Who.`, "", `  HYPERLINK "../g" Guide`}, []string{"allotments\tGenericModels.RationAllotment[]\ttrue\tWho.", "", "Guide"}},
		{"switch with a frame", []string{`  HYPERLINK "https://x/y" \n _blank Edit this page `, `  HYPERLINK "../../" GearN Docs    HYPERLINK "../../guide/" Guide   `}, []string{"Edit this page", "GearN Docs Guide"}},
		{"permalink over a line of text", []string{`Client   HYPERLINK  \l "client" `, `Require permission rules x. See   HYPERLINK "../g" PermissionRules `}, []string{"Client", "Require permission rules x. See PermissionRules"}},
		{"page reference", []string{`Setup  PAGEREF _Toc123 \h 4`, `See  REF _Ref5 \h Table 2.`}, []string{"Setup 4", "See Table 2."}},
	} {
		tx := &Text{Lines: slices.Clone(c.in)}
		rep := &Reporter{}
		tx.dropFieldCodes("p.txt", rep)
		if !slices.Equal(tx.Lines, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, tx.Lines, c.want)
		}
		if len(rep.warns) != 1 {
			t.Errorf("%s: %d warnings, want 1", c.name, len(rep.warns))
		}
	}
}

// TestFieldCodesNeedTwo: one instruction's keyword is a word of a page
// that documents it.
func TestFieldCodesNeedTwo(t *testing.T) {
	in := []string{`Insert  HYPERLINK "https://x" Docs in the cell.`, "HYPERLINK is a field."}
	tx := &Text{Lines: slices.Clone(in)}
	rep := &Reporter{}
	tx.dropFieldCodes("p.txt", rep)
	if !slices.Equal(tx.Lines, in) || len(rep.warns) != 0 {
		t.Errorf("got %q and %d warnings, want the lines as they are", tx.Lines, len(rep.warns))
	}
}
