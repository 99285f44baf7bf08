package pages

import (
	"regexp"
	"strings"
	"unicode"
)

// A callout (an admonition: VitePress' and Docusaurus' containers,
// MkDocs' admonitions, GitHub's alerts, Confluence's info and warning
// macros) sets a note apart from the page's text in a box, under a label
// that says its kind: "WARNING", "Tip", "注意". A copy of the page keeps
// the label as a line of its own above the note's text, in every style,
// and the line looks like a title: a single word, or a name. It is
// none: the callout is text, wherever it stands, between two tables or
// between the rows of one.

// calloutWords are the labels of callouts, in lower case: the kinds of
// VitePress (info, tip, warning, danger, details), Docusaurus (note,
// tip, info, warning, danger, caution), GitHub (note, tip, important,
// warning, caution), MkDocs and Confluence (hint, attention), in English,
// Korean, Japanese and Chinese. Words that name a type as often as a note
// (error, example, summary, notice) are no label.
var calloutWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`note notes tip tips info information warning warnings caution danger
		important details attention hint
		참고 참고사항 주의 주의사항 경고 팁 정보 중요 위험 알림 노트 메모 상세 자세히
		注意 警告 ヒント 情報 重要 危険 メモ 注 注記 補足 詳細 ノート 提示 危险 信息 详情 说明`) {
		calloutWords[w] = true
	}
}

var (
	// githubAlertRe matches GitHub's alert, "[!NOTE]", in a block quote
	// or as the quote's marks left it.
	githubAlertRe = regexp.MustCompile(`^(?:>\s*)*\[!(\w+)\]\s*$`)
	// admonitionRe matches MkDocs' admonition ("!!! warning", "???+ note
	// "Title"") and the opening of a VitePress or Docusaurus container
	// (":::warning", "::: tip Title"): its kind, and its title.
	admonitionRe = regexp.MustCompile(`^(?:!!!|\?\?\?\+?|:{3,})\s*(\w+)\b(.*)$`)
)

// IsCalloutLabel reports whether a line of text is the label of a
// callout (calloutWords), in any case, with or without a colon, in
// emphasis or after the callout's icon ("⚠️ Warning", "**Note:**",
// "注意："), GitHub's alert ("> [!NOTE]"), or the line that opens an
// admonition or a container of a known kind, its title after it ("!!!
// tip", "::: warning Cooldown").
func IsCalloutLabel(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 64 {
		return false
	}
	// The patterns are tried only on a line that begins as they can: a
	// quote's mark or a bracket, an admonition's or a container's marks.
	switch t[0] {
	case '>', '[':
		if m := githubAlertRe.FindStringSubmatch(t); m != nil {
			return isCalloutWord(m[1])
		}
	case '!', '?', ':':
		if m := admonitionRe.FindStringSubmatch(t); m != nil {
			return isCalloutWord(m[1])
		}
	}
	// The icon before the label, emphasis around it, the colon after it.
	t = strings.TrimLeftFunc(t, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '*' && r != '_'
	})
	t = strings.Trim(t, "*_ ")
	t = strings.TrimRight(t, ":：")
	t = strings.Trim(t, "*_ ")
	return isCalloutWord(t)
}

// isCalloutWord reports whether w is a word of calloutWords, in any case.
func isCalloutWord(w string) bool {
	known, _ := LookupLower(calloutWords, w)
	return known
}
