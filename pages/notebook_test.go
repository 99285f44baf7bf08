package pages

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// readNotebookLines reads a page with ReadText and writes its lines, each
// at its page line ("line: text"), and what was reported ("line: message").
func readNotebookLines(t *testing.T, page string) (lines, reports []string) {
	t.Helper()
	rep := &Reporter{}
	text := ReadText("p.ipynb", []byte(page), rep)
	for i, l := range text.Lines {
		lines = append(lines, strconv.Itoa(text.line(i))+": "+l)
	}
	warns, errs := rep.Sorted([]string{"p.ipynb"}, false)
	for _, w := range append(warns, errs...) {
		reports = append(reports, strconv.Itoa(w.Pos.Line)+": "+w.Msg)
	}
	return lines, reports
}

// TestReadNotebook reads the text a notebook's cells hold, each line at
// the line of the JSON string that holds it: pandoc's markdown cell, a
// line a string per line; a cell whose source is one string of many
// lines; a list whose strings cut a line; a code cell fenced in the
// notebook's language, its outputs dropped; raw cells by their format;
// nbformat 3's worksheets, input and heading cells.
func TestReadNotebook(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string // "page line: text"
		warn       string
	}{{
		name: "pandoc, one markdown cell, a string a line",
		page: `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "## Request Body\n",
    "\n",
    "| Name | Type |\n",
    "|---|---|\n",
    "| userId\u00a0| \"string\" |"
   ],
   "id": "d6d10411"
  }
 ],
 "nbformat": 4,
 "nbformat_minor": 5,
 "metadata": {}
}`,
		want: []string{`7: ## Request Body`, `8: `, `9: | Name | Type |`, `10: |---|---|`, `11: | userId | "string" |`},
	}, {
		name: "a source of one string, a list that cuts a line, a code cell, raw cells",
		page: `{"nbformat": 4, "nbformat_minor": 2,
"metadata": {"kernelspec": {"language": "python"}},
"cells": [
{"cell_type": "markdown", "metadata": {}, "source": "# Title\r\nText\n"},
{"cell_type": "markdown", "metadata": {}, "source": ["| a ",
  "| b |\n", "|---|---|"]},
{"cell_type": "code", "metadata": {}, "execution_count": 1,
 "source": ["print('` + "```" + `')\n",
  "x = 1"],
 "outputs": [{"output_type": "stream", "name": "stdout", "text": ["200 OK\n"]}]},
{"cell_type": "code", "metadata": {}, "source": [], "outputs": []},
{"cell_type": "raw", "metadata": {"format": "text/html"}, "source": ["<p>raw</p>"]},
{"cell_type": "raw", "metadata": {"raw_mimetype": "text/latex"}, "source": ["\\section{x}"]}
]}`,
		want: []string{
			`4: # Title`, `4: Text`,
			`5: `, `5: | a | b |`, `6: |---|---|`,
			`7: `, "7: ````python", "8: print('```')", `9: x = 1`, "9: ````",
			`12: `, `12: <p>raw</p>`,
		},
		warn: `3: the page is a Jupyter notebook (nbformat 4): read the text its cells hold (2 markdown, 1 code as code blocks, 1 raw), each line at the line of the JSON string that holds it, and dropped what is no text of the page: the 1 outputs of the code cell at line 7 (what running it printed), the raw cell at line 13 (text/latex, a format a Markdown text does not hold)`,
	}, {
		name: "nbformat 3",
		page: `{"nbformat": 3, "metadata": {"language": "python"},
 "worksheets": [{"cells": [
  {"cell_type": "heading", "level": 2, "source": ["Request Body"]},
  {"cell_type": "code", "input": ["x = 1"], "outputs": []}
 ]}]}`,
		want: []string{`3: ## Request Body`, `4: `, "4: ```python", `4: x = 1`, "4: ```"},
	}, {
		name: "JSON that names nbformat nowhere is no notebook",
		page: "{\"a\": 1}\n| a | b |",
		want: []string{`1: {"a": 1}`, `2: | a | b |`},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got, reports := readNotebookLines(t, tc.page)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if tc.warn == "" && len(reports) > 0 || tc.warn != "" && (len(reports) != 1 || reports[0] != tc.warn) {
				t.Errorf("warnings\n%s\nwant\n%s", strings.Join(reports, "\n"), tc.warn)
			}
		})
	}
}

// TestReadNotebookRefused refuses, at its line, a notebook whose JSON
// breaks, one without cells, and a cell whose source is no text.
func TestReadNotebookRefused(t *testing.T) {
	for _, tc := range []struct{ page, want string }{{
		page: "{\"nbformat\": 4,\n \"cells\": [\n  {\"cell_type\": \"markdown\",\n   \"source\": [\"a\" \"b\"]}",
		want: `4: the page is a Jupyter notebook (a JSON object that names nbformat), but its JSON breaks at line 4 (invalid character '"' after array element): save the notebook again whole, or export its text (jupyter nbconvert --to markdown)`,
	}, {
		page: "{\"nbformat\": 4,\n \"cells\": [\n",
		want: `2: the page is a Jupyter notebook (a JSON object that names nbformat), but its JSON breaks at line 2 (it ends inside the notebook's object): save the notebook again whole, or export its text (jupyter nbconvert --to markdown)`,
	}, {
		page: "{\"nbformat\": 4, \"cells\": []}",
		want: `1: the page is a Jupyter notebook (nbformat 4) that holds no cell: save the notebook that holds the page's text, or export its text (jupyter nbconvert --to markdown)`,
	}, {
		page: "{\"nbformat\": 4, \"cells\": [\n{\"cell_type\": \"markdown\", \"source\": [1]}]}",
		want: `2: the source of the markdown cell at line 2 of the notebook is neither a string nor a list of strings: save the notebook again, or export its text (jupyter nbconvert --to markdown)`,
	}} {
		_, reports := readNotebookLines(t, tc.page)
		if len(reports) != 1 || reports[0] != tc.want {
			t.Errorf("%q: reported\n%s\nwant\n%s", tc.page, strings.Join(reports, "\n"), tc.want)
		}
	}
}

// FuzzNotebook checks that the text of a notebook's markdown cell is read
// back whole, each line at a line of the notebook, whatever the cell
// holds and however its source is cut into strings.
func FuzzNotebook(f *testing.F) {
	f.Add("## Request Body\n\n| Name | Type |\n|---|---|\n", 3, false)
	f.Add("a\r\nb\rc", 1, true)
	f.Add("```\ncode\n```", 0, false)
	f.Add("", 2, true)
	f.Add("\"\\\u2028\n\n", 5, false)
	f.Fuzz(func(t *testing.T, text string, cut int, oneString bool) {
		text = strings.ToValidUTF8(text, "?")
		var source any = text
		if !oneString {
			var parts []string
			rest := text
			for cut > 0 && len(rest) > cut {
				k := cut
				for k < len(rest) && !utf8Start(rest[k]) {
					k++
				}
				parts = append(parts, rest[:k])
				rest = rest[k:]
			}
			source = append(parts, rest)
		}
		cell := map[string]any{"cell_type": "markdown", "metadata": map[string]any{}, "source": source}
		page, err := json.MarshalIndent(map[string]any{"nbformat": 4, "nbformat_minor": 5, "metadata": map[string]any{}, "cells": []any{cell}}, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		rep := &Reporter{}
		got, ok := readNotebook("p.ipynb", page, rep)
		if !ok || rep.Failed() {
			t.Fatalf("not read: %v", rep.errs)
		}
		want := strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		want = strings.TrimSuffix(want, "\n")
		if joined := strings.Join(got.Lines, "\n"); joined != Clean(want) {
			t.Fatalf("read %q, want %q", joined, Clean(want))
		}
		lines := strings.Count(string(page), "\n") + 1
		for i, at := range got.At {
			if at < 1 || at > lines || i > 0 && at < got.At[i-1] {
				t.Fatalf("line %d at %d of %d lines: %v", i, at, lines, got.At)
			}
		}
	})
}

// utf8Start tells whether a byte starts a character.
func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
