package parser_test

import "slices"

// A member typed by an enum of the page states only the integer its
// codes are sent as in its type cell and names the enum in its
// description, as a wiki whose writers keep the enum's table apart does:
// "Integer" over "See HazardClass. …". The member's type is the enum, as
// on the clean page, in every style whose type cells can be written to.
func init() {
	defects = append(defects, defect{"enum named in the description, the type cell its integer", enumTypedRows, func(p *scrapedPage, lines []string, at int) ([]string, int) {
		line, from, to := typeCellOf(p, lines, at)
		if line < 0 {
			return lines, at
		}
		lines = slices.Clone(lines)
		name := plainText(lines[line][from:to])
		desc, start := p.lastCell(lines, at)
		if desc == line && start <= to {
			return lines, at
		}
		lines[desc] = lines[desc][:start] + "See " + name + ". " + lines[desc][start:]
		lines[line] = lines[line][:from] + "Integer" + lines[line][to:]
		return lines, at
	}})
}
