package reader

import (
	"fmt"
	"slices"
	"strings"

	"github.com/docs2go/docs2go/pages"
	"github.com/docs2go/docs2go/parser/read"
)

// conventionPath is what a role's section gives of GearN's path
// convention, POST|GET /api/<postType>/<group>/<role>/<operation>, when
// its endpoint line is lost (a converter that drops code blocks): each
// part with where it came from, or why the section does not give it.
type conventionPath struct {
	method, postType, group, role, op string
	// from says where each part came from; missing why a part is not
	// given, empty when the section gives all of them.
	from    []string
	missing []string
}

// path is the endpoint line the parts make: "POST /api/rJson/guild/client/x".
func (c conventionPath) path() string {
	return "/api/" + c.postType + "/" + c.group + "/" + c.role + "/" + c.op
}

// entry is the overrides entry that gives the section at line of page
// its endpoint line, the parts the section does not give placeholders.
func (c conventionPath) entry(page string, line int) string {
	return fmt.Sprintf("  - section: %s:%d\n    line: %s", page, line, c.template())
}

// template is the endpoint line with each part the section does not
// give as a placeholder: "POST /api/rJson/<group>/client/<operation>".
func (c conventionPath) template() string {
	part := func(v, name string) string {
		if v == "" {
			return "<" + name + ">"
		}
		return v
	}
	return part(c.method, "POST or GET") + " /api/" + part(c.postType, "rJson or rMsgPack") + "/" + part(c.group, "group") + "/" + part(c.role, "role") + "/" + part(c.op, "operation")
}

// conventionOf reads the parts of a section's path from what the page
// documents: the role from the section's heading, the group and the
// operation from its permission rule (<group>.<operation>.<rule>), which
// the page's title must name as well, the method from the part its
// field table documents (a body is a POST's, query parameters a GET's),
// and the post type from its Content-Type header (JSON is rJson,
// MessagePack rMsgPack).
func (pd *pageDoc) conventionOf(ep *endpointDoc) conventionPath {
	var c conventionPath
	if ep.role != "" {
		c.role = ep.role
		c.from = append(c.from, fmt.Sprintf("role %s from the section's heading at line %d", c.role, ep.roleLine))
	} else {
		c.missing = append(c.missing, "no role heading heads the section")
	}
	rule := strings.Split(ep.permission, ".")
	switch {
	case ep.permission == "":
		c.missing = append(c.missing, "the section states no permission rule to give the group and the operation")
	case len(rule) != 3 || !codeRe.MatchString(rule[0]) || !codeRe.MatchString(rule[1]):
		c.missing = append(c.missing, fmt.Sprintf("its permission rule %s at line %d is not of the form <group>.<operation>.<rule>", ep.permission, ep.permissionLine))
	case !pd.titled():
		c.missing = append(c.missing, fmt.Sprintf("the page has no title that names an operation to confirm its permission rule's %s (its first line, %q at line %d, names none)", rule[1], pages.Clip(pd.title), pd.titleLine))
	case pd.title != rule[1]:
		c.missing = append(c.missing, fmt.Sprintf("its permission rule %s at line %d names operation %s, but the page's title is %q (line %d)", ep.permission, ep.permissionLine, rule[1], pages.Clip(pd.title), pd.titleLine))
	default:
		c.group, c.op = rule[0], rule[1]
		c.from = append(c.from, fmt.Sprintf("group %s and operation %s from its permission rule %s at line %d, the operation the page's title at line %d names", c.group, c.op, ep.permission, ep.permissionLine, pd.titleLine))
	}
	switch {
	case ep.body == nil:
		c.missing = append(c.missing, "the section documents no request body nor query parameters to tell POST from GET")
	case ep.bodyTitle == partBody:
		c.method = "POST"
		c.from = append(c.from, fmt.Sprintf("method POST from its request body at line %d", ep.body.Line))
	case ep.bodyTitle == partQuery:
		c.method = "GET"
		c.from = append(c.from, fmt.Sprintf("method GET from its query parameters at line %d", ep.body.Line))
	default:
		c.missing = append(c.missing, fmt.Sprintf("no title says whether its field table at line %d is a request body (POST) or query parameters (GET)", ep.body.Line))
	}
	if pt, line := contentPostType(ep.headers); pt != "" {
		c.postType = pt
		c.from = append(c.from, fmt.Sprintf("post type %s from its Content-Type header at line %d", pt, line))
	} else {
		c.missing = append(c.missing, "the section's headers state no Content-Type of JSON or MessagePack to give the post type")
	}
	return c
}

// contentPostType is the post type the Content-Type row of a headers
// table gives (application/json: rJson, application/msgpack: rMsgPack),
// and the row's line; none where the row is missing or names both or
// neither.
func contentPostType(headers *pages.Table) (string, int) {
	if headers == nil {
		return "", 0
	}
	for _, r := range headers.Rows {
		if len(r.Cells) == 0 || !strings.EqualFold(strings.Trim(r.Cells[0], "`* "), "Content-Type") {
			continue
		}
		rest := strings.ToLower(strings.Join(r.Cells[1:], " "))
		json, msgpack := strings.Contains(rest, "json"), strings.Contains(rest, "msgpack")
		switch {
		case json && !msgpack:
			return "rJson", r.Line
		case msgpack && !json:
			return "rMsgPack", r.Line
		}
	}
	return "", 0
}

// titled reports whether the page's first line is a title that names an
// operation: a name, and no section's title ("Overview") nor a role's.
func (pd *pageDoc) titled() bool {
	p, _ := titlePart(pd.title)
	return codeRe.MatchString(pd.title) && p == partNone && roles[strings.ToLower(pd.title)] == ""
}

// recoverPaths gives each section whose endpoint line is lost the line
// an overrides entry gives it (given, by the section's line), else the
// path GearN's convention makes of what the section documents, with a
// warning at the section that says where each part came from; a section
// that does not give every part keeps no path, for the builder to refuse
// (builder.operation).
func (pd *pageDoc) recoverPaths(rep *pages.Reporter, given map[int]read.EndpointLine) {
	for _, ep := range pd.endpoints {
		if ep.path != "" {
			continue
		}
		if e, ok := given[ep.line]; ok {
			ep.method, ep.path = e.Method, e.Path
			pd.given = append(pd.given, ep.line)
			continue
		}
		c := pd.conventionOf(ep)
		if len(c.missing) > 0 {
			continue
		}
		ep.method, ep.path = c.method, c.path()
		rep.Warn(pages.At(pd.name, ep.line), "recovered the lost endpoint line of the %s section: %s %s, by GearN's convention /api/<postType>/<group>/<role>/<operation>: %s", ep.role, ep.method, ep.path, strings.Join(c.from, "; "))
	}
	for _, ep := range pd.endpoints {
		if e, ok := given[ep.line]; ok && !slices.Contains(pd.given, ep.line) && pd.unreadLine(ep) {
			ep.method, ep.path, ep.query = e.Method, e.Path, ""
			pd.given = append(pd.given, ep.line)
		}
	}
}

// unreadLine reports whether the builder refuses an endpoint's line
// (builder.operation): its path is not of GearN's form, or names another
// operation than another endpoint line of the page.
func (pd *pageDoc) unreadLine(ep *endpointDoc) bool {
	pi, err := gearnPath(ep.method, ep.path)
	if err != nil {
		return true
	}
	for _, o := range pd.endpoints {
		if opi, err := gearnPath(o.method, o.path); o != ep && o.path != "" && err == nil && (opi.group != pi.group || opi.op != pi.op) {
			return true
		}
	}
	return false
}

// lineEntry is the overrides entry that gives the endpoint at ep.line a
// line of GearN's form in place of the one the builder refuses: each
// part the path writes in that form, else the part the section's
// convention gives (conventionOf), else a placeholder; group and op, when
// given, name the operation the page's other endpoint lines name.
func (pd *pageDoc) lineEntry(ep *endpointDoc, group, op string) string {
	c := pd.conventionOf(ep)
	pi, _ := gearnPath(ep.method, ep.path)
	if ep.method == "POST" || ep.method == "GET" {
		c.method = ep.method
	}
	if pi.postType != "" {
		c.postType = pi.postType
	}
	if roles[pi.role] != "" {
		c.role = pi.role
	}
	if codeRe.MatchString(pi.group) {
		c.group = pi.group
	}
	if codeRe.MatchString(pi.op) {
		c.op = pi.op
	}
	if op != "" {
		c.group, c.op = group, op
	}
	return c.entry(pd.name, ep.line)
}
