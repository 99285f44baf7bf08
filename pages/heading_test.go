package pages

import (
	"strings"
	"testing"
)

// TestUndecorated drops the permalink marks and labels docs sites print
// before or after a heading, in every form a scrape copies them, and
// leaves text that only looks like one.
func TestUndecorated(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"ResponseData¶", "ResponseData"},
		{"ResponseData ¶", "ResponseData"},
		{"¶ ResponseData", "ResponseData"},
		{"#ResponseData", "ResponseData"},
		{"ResponseData #", "ResponseData"},
		{"§ Request Body", "Request Body"},
		{"🔗 Request Body", "Request Body"},
		{"Request Body 🔗\uFE0F", "Request Body"},
		{"Request Body⚓", "Request Body"},
		{"Request Body {\u200b}", "Request Body"},
		{"ErrorCode {}", "ErrorCode"},
		{"GenericModels.PrizeItem¶", "GenericModels.PrizeItem"},
		{"ErrorCodeLink to this heading", "ErrorCode"},
		{"ErrorCode Permalink to this headline", "ErrorCode"},
		{"Request BodyDirect link to Request Body", "Request Body"},
		{"Request Body Direct link to heading", "Request Body"},
		{`Request Body Permalink to "Request Body"`, "Request Body"},
		{"Request Body [#](#request-body)", "Request Body"},
		{"[¶](#request-body) Request Body", "Request Body"},
		{`Request Body [](#request-body "Direct link to Request Body")`, "Request Body"},
		{"Request Body [¶](#CurlingRink(/curling)-RequestBody)", "Request Body"},
		{"[#](#CurlingRink(/curling)-RequestBody \"Permalink\") Request Body", "Request Body"},
		{"Request Body [¶](<#Curling Rink-RequestBody>){.anchor}", "Request Body"},
		{"Request Body {#request-body}", "Request Body"},
		{`Request Body "#request-body"`, "Request Body"},
		{`200 Ok "#_200-ok"`, "200 Ok"},
		{`GenericModels.BladeState "https://docs.gearn.io/api/x#genericmodels-bladestate"`, "GenericModels.BladeState"},
		{`Request Body "#response-body"`, `Request Body "#response-body"`},
		{`See "#request-body"`, `See "#request-body"`},
		{`Request Body {#request-body tabindex="-1"}`, "Request Body"},
		{`Visitor {: #visitor .api}`, "Visitor"},
		{"Request Headers\t{#id-찻집TeaHouse(/teahouse)-RequestHeaders}", "Request Headers"},
		{"/teahouse/tins\t{#id-찻집TeaHouse(/teahouse)-/teahouse/tins}", "/teahouse/tins"},
		{`Visitor { #visitor }`, "Visitor"},
		{`Visitor {.unnumbered -}`, "Visitor"},
		{`GET /users/{userId}`, "GET /users/{userId}"},
		{"Request Body [\u200b](#request-body){.header-anchor aria-label=\"Permalink to \\\"Request Body\\\"\"} {#request-body tabindex=\"-1\"}", "Request Body"},
		{`<a id="request-body"></a>Request Body`, "Request Body"},
		{`Request Body <a class="headerlink" href="#request-body">¶</a>`, "Request Body"},
		{"5.1 ReturnCode ¶", "5.1 ReturnCode"},
		{"Request Body [request-body]", "Request Body"},
		{"Request Body  [request-body]", "Request Body"},
		{"HTTP [http-2]", "HTTP"},
		{"GenericModels.AvalancheBulletin [genericmodels-avalanchebulletin]", "GenericModels.AvalancheBulletin"},
		{"Client <a href=\"#client\" class=\"header-anchor\"></a> [client]", "Client"},
		{"요청 헤더 (Request Headers) [요청-헤더-request-headers]", "요청 헤더 (Request Headers)"},
		{"Items [array]", "Items [array]"},
		{"[client]", "[client]"},
		{"¶", "¶"},
		{"#", "#"},
		{"Returns a link to the store page", "Returns a link to the store page"},
		{"See the Link to the store", "See the Link to the store"},
		{"[Guide](#guide) explains it", "[Guide](#guide) explains it"},
	} {
		if got := Undecorated(c.line); got != c.want {
			t.Errorf("Undecorated(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	if got := StripHeading(Unlinked("## Request Body [\u200b](#request-body){.header-anchor} {#request-body tabindex=\"-1\"}")); got != "Request Body \u200b" {
		t.Errorf("StripHeading of a pandoc heading = %q, want its title and the anchor's zero-width space", got)
	}
	if got := StripHeading("### 5.1 ReturnCode [#](#returncode)"); got != "ReturnCode" {
		t.Errorf("StripHeading of a decorated numbered heading = %q, want ReturnCode", got)
	}
	if got := StripHeading("### **Request Headers** [request-headers]"); got != "Request Headers" {
		t.Errorf("StripHeading of a bold heading with its MultiMarkdown label = %q, want Request Headers", got)
	}
}

// TestUnlinkedSpans reads pandoc's bracketed spans and the attributes
// it writes after a link as the text they show, and leaves brackets
// and braces that are neither.
func TestUnlinkedSpans(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"[http]{.lang}", "http"},
		{"[GearN Docs](/){.title}", "GearN Docs"},
		{"See [`LightingMode`](#lightingmode){#x .y key=\"a \\\"b\\\"\"} now", "See `LightingMode` now"},
		{"[[Previous page]{.desc} [getVenues]{.title}](/api/getVenues){.pager-link .prev}", "Previous page getVenues"},
		{"string[]{ not attributes }", "string[]{ not attributes }"},
		{"[1, 2]{3}", "[1, 2]{3}"},
		{"`[a]{.b}`", "`[a]{.b}`"},
	} {
		if got := Unlinked(c.in); got != c.want {
			t.Errorf("Unlinked(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFramedTitle reads a heading Debian's html2text frames with
// asterisks, as many after its title as before, without the zero-width
// space a permalink leaves; an Org heading, a list item and emphasis are
// none.
func TestFramedTitle(t *testing.T) {
	for _, c := range []struct {
		line, title string
		ok          bool
	}{
		{"****** graftTree ******", "graftTree", true},
		{"***** Client \u200b *****", "Client", true},
		{"* Six *", "Six", true},
		{"**** #Request Headers ****", "#Request Headers", true},
		{"** Request Body", "", false},
		{"*** Title **", "", false},
		{"* item", "", false},
		{"**bold**", "", false},
		{"******* Seven *******", "", false},
	} {
		title, ok := FramedTitle(c.line)
		if title != c.title || ok != c.ok {
			t.Errorf("FramedTitle(%q) = %q, %t; want %q, %t", c.line, title, ok, c.title, c.ok)
		}
	}
}

// TestPermalink tells a heading's permalink, a link to an anchor of the
// page that shows no word, from a link that is text.
func TestPermalink(t *testing.T) {
	for _, c := range []struct {
		label, target string
		want          bool
	}{
		{"", "#errorcode", true},
		{"¶", " #errorcode", true},
		{"#", "#request-body", true},
		{"ErrorCode", "#errorcode", false},
		{"1", "#errorcode", false},
		{"", "/api/models/ErrorCode", false},
		{"**", "https://docs.example.com/api/x#server", true},
	} {
		if got := Permalink(c.label, c.target); got != c.want {
			t.Errorf("Permalink(%q, %q) = %v, want %v", c.label, c.target, got, c.want)
		}
	}
}

// The empty anchors a converter writes before a heading's marks on its
// line (mammoth) are dropped, and the marks after them make the line a
// heading; a line of anchors alone, or text after an anchor holding
// words, stays as it is.
func TestUnanchored(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{`<a id="FanClub-Method"></a>### Method`, "### Method"},
		{`<a id="main-content"></a><a id="FanClub-/fanclub/members"></a>## /fanclub/members`, "## /fanclub/members"},
		{`<a name="x"> </a> ## Title`, "## Title"},
		{`<a id="x"></a>`, `<a id="x"></a>`},
		{`<a href="#x">Method</a> GET`, `<a href="#x">Method</a> GET`},
		{"### Method", "### Method"},
	} {
		if got := Unanchored(c.line); got != c.want {
			t.Errorf("Unanchored(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	if got := StripHeading(`<a id="FanClub-RequestBody.1"></a>### 1. Request Body`); got != "Request Body" {
		t.Errorf("StripHeading of an anchored heading = %q, want %q", got, "Request Body")
	}
}

// TestAsciiDocTitles reads an AsciiDoc section title that a page of
// another style holds as text (a manual page that asciidoctor wrote
// from pandoc's AsciiDoc, which refused Confluence's heading ids): its
// title, without the anchors and the "=" marks; a line that is no
// section title stays as it is.
func TestAsciiDocTitles(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"[[FishingDerby(/derby)-/derby/standings]] == /derby/standings", "/derby/standings"},
		{"[[FishingDerby(/derby)-RequestHeaders.1]] === Request Headers", "Request Headers"},
		{"[[FishingDerby(/derby)-DerbyStanding]] ==== DerbyStanding", "DerbyStanding"},
		{"[[req-body,Request Body]] [[body]] ===== Request Body", "Request Body"},
		{"[#FanClub-Method] === Method", "Method"},
		{"[[title]] = Fishing Derby", "Fishing Derby"},
		{"== Response Codes ==", "Response Codes"},
		{"=== 2. Request Body", "Request Body"},
		{"= 5", "= 5"},
		{"= Fishing Derby", "= Fishing Derby"},
		{"== Body ===", "== Body ==="},
		{"[[FishingDerby(/derby)-Method]]", "[[FishingDerby(/derby)-Method]]"},
		{"[[Main Page]] lists the servers", "[[Main Page]] lists the servers"},
		{"======= Deep", "======= Deep"},
		{"== ==", "== =="},
	} {
		if got := StripHeading(c.line); got != c.want {
			t.Errorf("StripHeading(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	if got := Title("[[Derby(/derby)-RequestBody]] === 1. Request Body", false); got != "Request Body" {
		t.Errorf("Title of an AsciiDoc section title in a paragraph = %q, want Request Body", got)
	}
}

// TestDashedTitles reads a heading a script writes between runs of
// dashes of one length, as "=" runs frame a section title
// (TestAsciiDocTitles): its title without them; a line of dashes
// around no word, a page's number or mark, runs of two lengths or one
// run alone stay as they are.
func TestDashedTitles(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"-- Request Body --", "Request Body"},
		{"--- Booth ---", "Booth"},
		{"-- /nightmarket/rent --", "/nightmarket/rent"},
		{"------ Deep ------", "Deep"},
		{"-- 2. Response Body --", "Response Body"},
		{"-- 2 --", "-- 2 --"},
		{"-- 2 of 10 --", "-- 2 of 10 --"},
		{"-- -- --", "-- -- --"},
		{"-- Body ---", "-- Body ---"},
		{"-- signed, the team", "-- signed, the team"},
		{"------- Deep -------", "------- Deep -------"},
		{"--Body--", "--Body--"},
	} {
		if got := StripHeading(c.line); got != c.want {
			t.Errorf("StripHeading(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestMayBeDecorated checks mayBeDecorated, which seeks "<a" at each '<'
// and "ink to " at each "k to ", against searching for each mark whole.
func TestMayBeDecorated(t *testing.T) {
	for _, l := range []string{
		"", "Request Body", "Request Body ¶", "§ Request", "Request 🔗", "⚓ Request", "Request\u00a0Body",
		"Request #", "<a href=\"#x\"></a>Request", "a < b <a", "a < b", "<", "Link to this heading", "link to",
		"Drink to", "ink to", "kk to ", "think too", "inkk to ", "Label [label]", "Title {#id}", "\xc2", "\xe2\x9a",
	} {
		want := strings.IndexByte(l, '#') >= 0 || strings.ContainsAny(l, "¶§🔗⚓") ||
			strings.Contains(l, "<a") || strings.Contains(l, "ink to ") || strings.HasSuffix(l, "]") || strings.HasSuffix(l, "}")
		if got := mayBeDecorated(l); got != want {
			t.Errorf("mayBeDecorated(%q) = %v, want %v", l, got, want)
		}
	}
}
