package aligned

import (
	"reflect"
	"testing"
)

// TestRoughPrint reads tables that a PDF's text extraction (Ghostscript's
// txtwrite of a Chromium print) sets only roughly in their columns: one
// right under another with no blank line between them, the rows starting
// a column a display column right of a header word, header cells centred
// over columns whose rows start them a display column apart, a title
// under a column of codes, and a table cut by a page's running footer.
func TestRoughPrint(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       [][][]string
	}{
		{"tables one after another, the rows a display column right of a header word",
			"        Request Parameters\n" +
				"            Name      Type Mandatory                 Description\n" +
				"        appSecret    String Y          App Secret\n" +
				"        kgAppId      String Y          KG App ID\n" +
				"        Response Status Code\n" +
				"        Status Code Status Code Description                      Status Code Detailed Description\n" +
				"        200          Normal Response         Normal\n" +
				"        401          Unauthenticated         Authentication failed\n" +
				"        500          Internal Server Error   Internal server system error\n" +
				"        Response Body\n" +
				"         Name       Type                      Description\n" +
				"        guildId String       Guild ID\n" +
				"        points Long          Guild points held\n",
			[][][]string{
				{{"Name", "Type", "Mandatory", "Description"}, {"appSecret", "String", "Y", "App Secret"}, {"kgAppId", "String", "Y", "KG App ID"}},
				{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"401", "Unauthenticated", "Authentication failed"}, {"500", "Internal Server Error", "Internal server system error"}},
				{{"Name", "Type", "Description"}, {"guildId", "String", "Guild ID"}, {"points", "Long", "Guild points held"}},
			}},
		{"header cells centred over columns the rows start roughly, a short cell's next one left of its column, a title under a column of codes",
			"         Status Code Status Code Description                           Status Code Detailed Description\n" +
				"         200          Normal Response            Normal\n" +
				"         500          Internal Server Error      Internal server system error\n" +
				"        Response Body\n" +
				"          Name        Type                        Description\n" +
				"         historyId String       ID of the history entry\n" +
				"         type      String       Kind of the entry\n" +
				"         amount Long            Points added, negative when spent\n" +
				"         regTime Long           Time of the entry (epoch milliseconds)\n" +
				"         itemIds   List<String> Items bought with the points\n",
			[][][]string{
				{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"500", "Internal Server Error", "Internal server system error"}},
				{{"Name", "Type", "Description"}, {"historyId", "String", "ID of the history entry"}, {"type", "String", "Kind of the entry"}, {"amount", "Long", "Points added, negative when spent"}, {"regTime", "Long", "Time of the entry (epoch milliseconds)"}, {"itemIds", "List<String>", "Items bought with the points"}},
			}},
		{"a table cut by a page's running footer and header, its footer's scheme a misread ligature",
			"        Status Code Status Code Description                      Status Code Detailed Description\n" +
				"        200          Normal Response         Normal\n" +
				"        500          Internal Server Error   Internal server system error\n" +
				"      ûle:///home/minh/Downloads/guildpoint.html                                     2/5\n" +
				"        503          Service Unavailable      Service unavailable (e.g., internal server timeout)\n",
			[][][]string{
				{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"500", "Internal Server Error", "Internal server system error"}},
				{nil, {"503", "Service Unavailable", "Service unavailable (e.g., internal server timeout)"}},
			}},
		{"a row's cell's next word one space after its first tells no column a header word starts a display column left of",
			"Status Code           Status Code Description   Status Code Detailed Description\n" +
				"200                   Normal Response           Normal\n" +
				"400                   Bad Request               Missing mandatory parameters\n" +
				"4xx (custom status)   Guild Error               See the code table below\n",
			[][][]string{
				{{"Status Code", "Status Code Description", "Status Code Detailed Description"}, {"200", "Normal Response", "Normal"}, {"400", "Bad Request", "Missing mandatory parameters"}, {"4xx (custom status)", "Guild Error", "See the code table below"}},
			}},
	} {
		tables, texts, _, errs := read(c.page)
		if !reflect.DeepEqual(tables, c.want) {
			t.Errorf("%s: tables\n got %q\nwant %q\ntexts %q", c.name, tables, c.want, texts)
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %q", c.name, errs)
		}
	}
}
