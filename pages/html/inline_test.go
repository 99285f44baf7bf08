package html

import (
	"reflect"
	"testing"
)

// TestInline reads lines of another style's text that hold inline HTML
// as the text they show, a line for a line: a tag a line break cuts is
// one tag, what a page hides is no text, and what is no tag of a
// phrasing element stays as written.
func TestInline(t *testing.T) {
	for _, c := range []struct {
		name   string
		lines  []string
		within []string
		want   []string
	}{
		{"a heading's permalink, its tag cut (pandoc's GFM)",
			[]string{`### GenericModels.BakedBatch <a href="#genericmodels-bakedbatch" class="header-anchor"`, "aria-label=\"Permalink to &quot;GenericModels.BakedBatch&quot;\">\u200b</a>"},
			nil, []string{"### GenericModels.BakedBatch", ""}},
		{"a permalink marked aria-hidden",
			[]string{`## Request Body <a class="anchor" aria-hidden="true" href="#request-body">#</a>`}, nil, []string{"## Request Body"}},
		{"a skip link only a screen reader speaks",
			[]string{`<a href="#VPContent" class="VPSkipLink visually-hidden">Skip to`, "content</a>"}, nil, []string{"", ""}},
		{"a list item's link, its tag cut",
			[]string{`-   <a href="#response-body" class="outline-link"`, `    title="Response Body">Response Body</a>`}, nil, []string{"-   Response Body", ""}},
		{"VitePress' language label in its code block's <div>",
			[]string{`<span class="lang">http</span>`}, []string{`<div class="language-http vp-adaptive-theme">`}, []string{""}},
		{"a span of a class outside a code block",
			[]string{`<span class="lang">http</span>`}, nil, []string{"http"}},
		{"text in a hidden container",
			[]string{"Old <b>text</b>"}, []string{`<div>`, `<section hidden>`}, []string{""}},
		{"an image and a line break",
			[]string{`Done <img src="check.png" alt="✓"><br>next`}, nil, []string{"Done ✓ next"}},
		{"references kept, a type's angle brackets text",
			[]string{`<span>List&lt;Reward&gt;</span> or List<String> or Map<K, V>`}, nil, []string{"List&lt;Reward&gt; or List<String> or Map<K, V>"}},
		{"a tag left open",
			[]string{`See <a href="#x"`}, nil, []string{`See <a href="#x"`}},
		{"a comment",
			[]string{"a <!-- note", "--> b <em>c</em>"}, nil, []string{"a b c", ""}},
		{"a comment alone, a heading's empty permalink",
			[]string{`## Client <!-- h2 --> <a href="about:blank#client"></a>`}, nil, []string{"## Client"}},
		{"a comment nothing closes",
			[]string{"a <!-- note", "b"}, nil, []string{"a <!-- note", "b"}},
	} {
		if got := Inline(c.lines, c.within); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestInlineCell reads a cell's inline HTML as Inline reads a line, but
// for its line breaks, kept for the reading of the cell, and its code, a
// code span.
func TestInlineCell(t *testing.T) {
	for cell, want := range map[string]string{
		`<a href="#reward">Reward</a>[]`:                                    "Reward[]",
		`<span class="badge">required</span>`:                               "required",
		`<code>rewards</code>`:                                              "`rewards`",
		`One of:<br>- gold<br/>- gem`:                                       "One of:<br>- gold<br/>- gem",
		`Up to 60<wbr>chars <i class="fa fa-check" aria-hidden="true"></i>`: "Up to 60<wbr>chars",
		`List<String>`:                                                      "List<String>",
		`List<Mark>`:                                                        "List<Mark>",
		`Map<String, Data>`:                                                 "Map<String, Data>",
		`List<Time> <b>required</b>`:                                        "List<Time> required",
		`<B>Bold</B> <SPAN>text</SPAN>`:                                     "Bold text",
		`<a href="#m"><code>MatchMode</code></a><code>[]</code>`:            "`MatchMode[]`",
		`<code>List&lt;</code><a href="#m"><code>Mark</code></a><code>&gt;</code>`: "`List&lt;Mark&gt;`",
		`<code>a</code> <code>b</code>`:                                            "`a` `b`",
		`Name <!-- col-0 -->`:                                                      "Name",
		` <!-- col-2 -->`:                                                          "",
		`<a href="about:blank#g">` + "`Guild`" + `</a> <!-- col-1 -->`:             "`Guild`",
	} {
		if got := InlineCell(cell); got != want {
			t.Errorf("InlineCell(%q) = %q, want %q", cell, got, want)
		}
	}
}

// TestHasInline tells the tags of phrasing elements, and the start of
// one a line break cuts, from other angle brackets.
func TestHasInline(t *testing.T) {
	for text, want := range map[string]bool{
		`## X <a href="#x" class="header-anchor"`: true,
		`<span class="lang">http</span>`:          true,
		`a</code>`:                                true,
		`Done<br/>`:                               true,
		`<a`:                                      true,
		`List<String>`:                            false,
		`Map<K, V>`:                               false,
		`a < b`:                                   false,
		`<https://docs.example.com>`:              false,
		`<div class="x">`:                         false,
		`<abc>`:                                   false,
		`List<Mark>`:                              false,
		`List<Data> </Data>`:                      false,
		`<MARK>x</MARK>`:                          true,
		`Name <!-- col-0 -->`:                     true,
		`a <!-- note`:                             true,
	} {
		if got := HasInline(text); got != want {
			t.Errorf("HasInline(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCutTag finds the start tag of a phrasing element that a text ends
// inside of, and TestTagRest tells the line that goes on with it.
func TestCutTag(t *testing.T) {
	for text, want := range map[string]string{
		`## Client <a href="#client" class="header-anchor"`: `<a href="#client" class="header-anchor"`,
		`## Client <a href="#client" aria-label="Permalink`: `<a href="#client" aria-label="Permalink`,
		`## Client <a href="#client">x</a>`:                 "",
		`a < b`:                                             "",
		`List<Mark`:                                         "",
		`<div class="x"`:                                    "",
	} {
		if got := CutTag(text); got != want {
			t.Errorf("CutTag(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestTagRest tells whether a line begins with the rest of a cut tag:
// attributes with values and its ">", after the rest of a value the cut
// left open.
func TestTagRest(t *testing.T) {
	for _, c := range []struct {
		cut, line string
		want      bool
	}{
		{`<a href="#client" class="header-anchor"`, "aria-label=\"Permalink to &quot;Client&quot;\">\u200b</a>", true},
		{`<a href="#client"`, `class=header-anchor data-x='1' />`, true},
		{`<a href="#client" aria-label="Permalink to`, "&quot;Client&quot;\">\u200b</a>", true},
		{`<a href="#client" aria-label="Permalink to`, "&quot;Client&quot; and more", false},
		{`<a href="#client"`, "At most 5 items > 3 kinds.", false},
		{`<a href="#client"`, "Text.", false},
		{`<a href="#client"`, ">", false},
	} {
		if got := TagRest(c.cut, c.line); got != c.want {
			t.Errorf("TagRest(%q, %q) = %v, want %v", c.cut, c.line, got, c.want)
		}
	}
}
