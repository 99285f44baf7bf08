package aligned

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestOverrun reads a part of a line that runs over the start of the
// next column by what the columns hold: cut into the cells of the
// columns it reaches where one reading holds, with a warning at its
// line; refused at its line where none or two hold.
func TestOverrun(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][][]string
		warns      []string
	}{
		{"a type and a requiredness one space apart",
			"Code      Type        Required  Description\n" +
				"userId    string      true      The user.\n" +
				"items     RewardItem[] true     The items.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"userId", "string", "true", "The user."}, {"items", "RewardItem[]", "true", "The items."}}},
			[]string{`p.txt:3: line 3: "RewardItem[] true" runs over the start of the column Required: read as Type "RewardItem[]", Required "true"`}},
		{"a print's name that fills its column to one space before the next cell, last (GearN)",
			"Name          Required    Description\n" +
				"Secret-Key    true        The key.\n" +
				"Content-Type true         application/json\n",
			[][][]string{{{"Name", "Required", "Description"}, {"Secret-Key", "true", "The key."}, {"Content-Type", "true", "application/json"}}},
			[]string{`p.txt:3: line 3: "Content-Type true" runs over the start of the column Required: read as Name "Content-Type", Required "true"`}},
		{"pdftotext: a name and a type in one part, a type left of its column, a type and a description",
			"  Name             Type                Mandatory Description\n" +
				"  playerId         String              Y         Player ID\n" +
				"  page       Integer                   N         Page of the list\n" +
				"  withFrames Boolean                   N         Also return the frames\n" +
				"Hive\n" +
				"  Name             Type            Description\n" +
				"  frames           List<HiveFrame> Frames of the hive\n",
			[][][]string{
				{{"Name", "Type", "Mandatory", "Description"}, {"playerId", "String", "Y", "Player ID"}, {"page", "Integer", "N", "Page of the list"}, {"withFrames", "Boolean", "N", "Also return the frames"}},
				{{"Name", "Type", "Description"}, {"frames", "List<HiveFrame>", "Frames of the hive"}},
			},
			[]string{
				`p.txt:3: line 3: "Integer" runs over the start of the column Type: read as Type "Integer"`,
				`p.txt:4: line 4: "withFrames Boolean" runs over the start of the column Type: read as Name "withFrames", Type "Boolean"`,
				`p.txt:7: line 7: "List<HiveFrame> Frames of the hive" runs over the start of the column Description: read as Type "List<HiveFrame>", Description "Frames of the hive"`,
			}},
		{"a linked type spaced inside its brackets runs over the start of the description",
			"  Name             Type            Description\n" +
				"  count            Integer         Frames of the hive\n" +
				"  frames           List< HiveFrame > Frames of the hive\n",
			[][][]string{{{"Name", "Type", "Description"}, {"count", "Integer", "Frames of the hive"}, {"frames", "List< HiveFrame >", "Frames of the hive"}}},
			[]string{
				`p.txt:3: line 3: "List< HiveFrame > Frames of the hive" runs over the start of the column Description: read as Type "List< HiveFrame >", Description "Frames of the hive"`,
			}},
		{"pdftotext: header words one space apart by a bold font's widths, a name, a type and a requiredness in one part",
			" Name        Type Mandatory Description\n" +
				" frameIndex Integer Y       Frame to take honey from\n" +
				" share       Double N       Share of the frame's honey\n",
			[][][]string{{{"Name", "Type", "Mandatory", "Description"}, {"frameIndex", "Integer", "Y", "Frame to take honey from"}, {"share", "Double", "N", "Share of the frame's honey"}}},
			[]string{
				`p.txt:2: line 2: "frameIndex Integer Y" runs over the start of the column Type: read as Name "frameIndex", Type "Integer", Mandatory "Y"`,
				`p.txt:3: line 3: "Double N" runs over the start of the column Mandatory: read as Type "Double", Mandatory "N"`,
			}},
		{"pdftotext: a header's words one space apart, the rows' column a display column right; a title right under the last row",
			"  Name Type        Description\n" +
				"  total Integer    Hives of the player\n" +
				"  hives List<Hive> Hives of the page\n" +
				"Hive\n" +
				" Name                Type            Description\n" +
				" hiveId              String          Hive ID\n" +
				" contents            List<String>    What the hive holds\n" +
				" BeeSpecies\n\n" +
				"  Code      Name              Description\n" +
				"  1         Honeybee          Makes the most honey\n",
			[][][]string{
				{{"Name", "Type", "Description"}, {"total", "Integer", "Hives of the player"}, {"hives", "List<Hive>", "Hives of the page"}},
				{{"Name", "Type", "Description"}, {"hiveId", "String", "Hive ID"}, {"contents", "List<String>", "What the hive holds"}},
				{{"Code", "Name", "Description"}, {"1", "Honeybee", "Makes the most honey"}},
			},
			nil},
		{"a type in a code span that runs over an empty Required column (makeinfo)",
			"Code           Type           Required   Description\n" +
				"`userId`       `string`       true       The player.\n" +
				"`cargo`        `GenericModels.CargoCrate[]`   The crates.\n",
			[][][]string{{{"Code", "Type", "Required", "Description"}, {"`userId`", "`string`", "true", "The player."}, {"`cargo`", "`GenericModels.CargoCrate[]`", "", "The crates."}}},
			[]string{"p.txt:3: line 3: \"`GenericModels.CargoCrate[]`\" runs over the start of the column Required: read as the cell of Type"}},
		{"a single row tells no column by its second word one space after its first",
			"  Status Code       Status Code Description           Status Code Detailed Description\n\n" +
				"  200               Normal Response                   Normal\n\n" +
				"  Http response code            detail_code   msg               Description\n\n" +
				"  404                           -76001        Ranch not built   The player has not built a ranch yet\n",
			[][][]string{
				{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}},
				{{"Http response code", "detail_code", "msg", "Description"}, {"404", "-76001", "Ranch not built", "The player has not built a ranch yet"}},
			},
			nil},
	} {
		tables, _, warns, errs := read(c.page)
		if !reflect.DeepEqual(tables, c.want) {
			t.Errorf("%s: tables\n got %q\nwant %q", c.name, tables, c.want)
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %q", c.name, errs)
		}
		if len(warns) != len(c.warns) {
			t.Errorf("%s: warnings\n got %q\nwant %q", c.name, warns, c.warns)
			continue
		}
		for i, w := range c.warns {
			if !strings.HasPrefix(warns[i], w) {
				t.Errorf("%s: warning %d\n got %q\nwant %q", c.name, i, warns[i], w)
			}
		}
	}
}

// TestOverrunRefused refuses, at its line, a part that runs over the
// start of the next column where no reading of it, or two, hold.
func TestOverrunRefused(t *testing.T) {
	for _, c := range []struct{ name, page, err string }{
		{"no reading holds: a type cell the columns it reaches cannot hold",
			"Code      Type        Required  Description\n" +
				"userId    string      true      The user.\n" +
				"items     Reward items truly    The items.\n",
			`p.txt:3: line 3: "Reward items truly" runs over the start of the column Required, and no cut of its words makes cells that hold what their columns do`},
		{"two readings hold, neither the part whole",
			"Code      Type      Default      Description\n" +
				"userId    string    none         The user.\n" +
				"limit     Integer 10 The page size\n",
			`p.txt:3: line 3: "Integer 10 The page size" runs over the start of the column Default, and its words make the cells of its columns in`},
	} {
		_, _, _, errs := read(c.page)
		if len(errs) == 0 || !strings.HasPrefix(errs[0], c.err) {
			t.Errorf("%s: errors\n got %q\nwant %q", c.name, errs, c.err)
		}
	}
}

// TestOverrunGearNPrint reads a GearN page that Chromium printed to PDF
// and pdftotext -layout turned back into text: its types and names fill
// their columns to one space before the next ("GenericModels.ItemInstance[]
// true", "GrantItemsResponseParameters true").
func TestOverrunGearNPrint(t *testing.T) {
	b, err := os.ReadFile("testdata/print/gearn_grantItems.txt")
	if err != nil {
		t.Fatal(err)
	}
	tables, _, warns, errs := read(string(b))
	if len(errs) > 0 {
		t.Errorf("errors %q", errs)
	}
	head := []string{"Code", "Type", "Required", "Description"}
	want := [][][]string{
		{{"Name", "Required", "Description"}, {"Secret-Key", "true", "The SecretKey in SecretInfo with role must is Server."}, {"Content-Type", "true", "application/json"}},
		{head, {"userId", "string", "true", "The unique identifier of the player. (10 characters)"}, {"catalogVersionId", "string", "", "The catalog the items come from. (1 - 32 characters)"}, {"itemIds", "string[]", "true", "The items to grant. (1 - 20 elements)"}, {"allowDuplicates", "boolean", "", "Grant an item the player holds already. (Default: false)"}},
		{head, {"returnCode", "ReturnCode", "true", "The outcome of the request."}, {"debugMessage", "string", "", "A message for the developer."}, {"invalidRequestParameters", "GenericModels.InvalidMember[]", "", "The members of the request that failed."}, {"parameters", "GrantItemsResponseParameters", "true", "The result."}},
		{head, {"grantedItemInstances", "GenericModels.ItemInstance[]", "true", "The item instances granted."}},
	}
	if !reflect.DeepEqual(tables, want) {
		t.Errorf("tables\n got %q\nwant %q", tables, want)
	}
	wantWarns := []string{
		`p.txt:31: line 31: "true" runs over the start of the column Required: read as Required "true"`,
		`p.txt:36: line 36: "GenericModels.ItemInstance[] true" runs over the start of the column Required: read as Type "GenericModels.ItemInstance[]", Required "true"`,
	}
	if len(warns) != len(wantWarns) {
		t.Fatalf("warnings\n got %q\nwant %q", warns, wantWarns)
	}
	for i, w := range wantWarns {
		if !strings.HasPrefix(warns[i], w) {
			t.Errorf("warning %d\n got %q\nwant %q", i, warns[i], w)
		}
	}
}
