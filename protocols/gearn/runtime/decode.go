package runtime

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// maxDepth is how deep objects and arrays may nest in a body, as in
// encoding/json.
const maxDepth = 10000

// BodyError says why a request body is not a JSON object: it is not JSON
// at all, or a JSON value of another kind, or an object whose member
// names repeat.
type BodyError struct {
	// Offset is the byte of the body at which reading stopped.
	Offset int
	// Reason says what is wrong there: "invalid character 'x'".
	Reason string
}

// Error says what is wrong and where.
func (e *BodyError) Error() string {
	return "request body: " + e.Reason + " at byte " + strconv.Itoa(e.Offset)
}

// decoder reads a request body in one pass, without reflection. It fills
// in the request as it reads, and records every member that breaks the
// constraints its page documents, from a wrong JSON type to a string too
// long, in the same list. A syntax error stops it: err holds the error,
// and every read after it sees the end of the body.
//
// It allocates little: the items of the arrays of strings share one copy
// of the body from the first of them on, optional values come from slabs,
// and the violations are kept in one buffer until finish. It reads every
// object through the table of its members (see decodeObject): no type of
// a generated package has code of its own to read it.
type decoder struct {
	data  []byte
	pos   int
	depth int
	err   *BodyError
	// key is the name of the member being read, unescaped. It is valid
	// until the next read. hinted is true when it is the hint that name
	// was given.
	key    []byte
	hinted bool
	// buf holds the unescaped text of the last string that needed it;
	// plain is true when the last string read needed none, and lies in
	// data at [start, end).
	buf        []byte
	plain      bool
	start, end int
	// tail is a copy of data from tailFrom on, which the first array of
	// strings makes.
	tail     string
	tailFrom int
	// violations holds a record per violation, in the order they were
	// found: its Violation in a byte, the number of elements of its rank
	// and the length of its path in four bytes each, its rank (see
	// appendRank), then its path (see appendPath). found is the
	// number of records; last is where the last one starts; unsorted is
	// true once a violation was found ahead of one that comes before it
	// in the pages' order.
	violations []byte
	found      int
	last       int
	unsorted   bool
	// values holds the values of optional members, which the request
	// points to.
	values slabs
	// frames are the objects being read, from the top of the body down:
	// the first of them in stack, the others in deeper. depth counts them.
	frames int
	stack  [4]frame
	deeper []frame
}

// takeN returns a slice of n new Ts, with no room to append to: appending
// copies it, and leaves the slab's other values alone.
func (s *slab[T]) takeN(n int) []T {
	switch {
	case n == 0:
		return []T{}
	case n > slabSize/2:
		return make([]T, n)
	case len(s.free) < n:
		s.free = make([]T, slabSize)
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// at is where a value sits in the body: member i of the object that
// frame f of the decoder reads, or the item of that member numbered item,
// unless item is -1. Violations are reported at an at; only then does it
// become a path, so that a valid body costs none.
type at struct {
	f, i, item int
}

// appendPath appends where w sits in the body that d reads, as
// MemberError.Member names it: "infoRequestParam.playerDataKeys",
// "tags[2].key".
func (d *decoder) appendPath(b []byte, w at) []byte {
	for f := 0; f <= w.f; f++ {
		fr, i, item := d.frame(f), w.i, w.item
		if f < w.f {
			i, item = fr.i, fr.n
		}
		if f > 0 {
			b = append(b, '.')
		}
		b = append(b, fr.members[i].name...)
		if item >= 0 {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(item), 10)
			b = append(b, ']')
		}
	}
	return b
}

// appendRank appends where w sits in the order of the pages: the order of
// each member and item from the top of the body down, as big-endian
// uint32s. Ranks compare byte by byte, and a member ranks before what it
// holds.
func (d *decoder) appendRank(r []byte, w at) []byte {
	for f := 0; f <= w.f; f++ {
		i, item := w.i, w.item
		if f < w.f {
			fr := d.frame(f)
			i, item = fr.i, fr.n
		}
		r = binary.BigEndian.AppendUint32(r, uint32(i))
		if item >= 0 {
			r = binary.BigEndian.AppendUint32(r, uint32(item))
		}
	}
	return r
}

// add records that the value at w breaks the constraint k. Once the
// violations fill an answer (see maxInvalidMembers), it stops the decoder
// instead.
func (d *decoder) add(w at, k Violation) {
	if d.found >= maxInvalidMembers || len(d.violations) >= maxViolationBytes {
		d.stopFull()
		return
	}
	if d.violations == nil {
		d.violations = make([]byte, 0, 256)
	}
	start := len(d.violations)
	b := append(d.violations, byte(k), 0, 0, 0, 0, 0, 0, 0, 0)
	b = d.appendRank(b, w)
	rankEnd := len(b)
	b = d.appendPath(b, w)
	binary.BigEndian.PutUint32(b[start+1:], uint32((rankEnd-start-9)/4))
	binary.BigEndian.PutUint32(b[start+5:], uint32(len(b)-rankEnd))
	d.violations = b
	if start > 0 && !d.unsorted {
		d.unsorted = bytes.Compare(d.rank(d.last), d.rank(start)) > 0
	}
	d.last = start
	d.found++
}

// record returns where the rank and the path of the violation whose
// record starts at start begin, and where its record ends.
func (d *decoder) record(start int) (rank, path, end int) {
	n := int(binary.BigEndian.Uint32(d.violations[start+1:]))
	m := int(binary.BigEndian.Uint32(d.violations[start+5:]))
	rank = start + 9
	path = rank + 4*n
	return rank, path, path + m
}

// rank returns the rank of the violation whose record starts at start.
func (d *decoder) rank(start int) []byte {
	rank, path, _ := d.record(start)
	return d.violations[rank:path]
}

// finish ends reading the body: it returns the syntax error that stopped
// the decoder, or one for data after the object, or the violations in the
// pages' order as a *ValidationError, or nil.
func (d *decoder) finish() error {
	if d.err == nil {
		if d.peek(); d.pos < len(d.data) {
			d.fail("data after the object")
		}
	}
	if d.err != nil && d.err != errFull {
		return d.err
	}
	if d.found == 0 {
		return nil
	}
	// The paths are slices of one string.
	records := string(d.violations)
	members := make([]MemberError, 0, d.found)
	for start := 0; start < len(records); {
		_, path, end := d.record(start)
		members = append(members, MemberError{Member: records[path:end], Violation: Violation(records[start])})
		start = end
	}
	if d.unsorted {
		starts := make([]int, 0, d.found)
		for start := 0; start < len(records); {
			starts = append(starts, start)
			_, _, start = d.record(start)
		}
		order := make([]int, len(members))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return bytes.Compare(d.rank(starts[a]), d.rank(starts[b])) })
		sorted := make([]MemberError, len(order))
		for i, j := range order {
			sorted[i] = members[j]
		}
		members = sorted
	}
	return &ValidationError{Members: members, Truncated: d.err == errFull}
}

// fail stops the decoder with a syntax error at the current byte.
func (d *decoder) fail(reason string) {
	if d.err == nil {
		d.err = &BodyError{Offset: d.pos, Reason: reason}
	}
	d.pos = len(d.data)
}

// unexpected stops the decoder at a byte that no JSON value can hold
// where it is.
func (d *decoder) unexpected() {
	if d.pos >= len(d.data) {
		d.fail("unexpected end of the body")
		return
	}
	d.fail("invalid character " + strconv.QuoteRune(rune(d.data[d.pos])))
}

// peek skips white space and returns the next byte, or 0 at the end of the
// body.
func (d *decoder) peek() byte {
	data, pos := d.data, d.pos
	for ; pos < len(data); pos++ {
		if c := data[pos]; c > ' ' || (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
			d.pos = pos
			return c
		}
	}
	d.pos = pos
	return 0
}

// top checks that the body holds a JSON object. For any other body it
// stops the decoder and reports false.
//
//go:noinline
func (d *decoder) top() bool {
	c := d.peek()
	if c == '{' {
		return true
	}
	start := d.pos
	d.skip()
	if d.err == nil {
		d.err = &BodyError{Offset: start, Reason: "a JSON " + kindOf(c) + " where an object is due"}
	}
	return false
}

// kindOf names the kind of JSON value that starts with c.
func kindOf(c byte) string {
	switch c {
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// descend enters an object or an array at its opening byte.
func (d *decoder) descend() bool {
	if d.depth++; d.depth > maxDepth {
		d.fail("objects and arrays nested too deeply")
		return false
	}
	d.pos++
	return true
}

// enterObject enters the object at d.pos and reads the name of its first
// member into d.key; see name for hint. It reports false for an empty
// object, or when it stops.
func (d *decoder) enterObject(hint string) bool {
	if !d.descend() {
		return false
	}
	if d.peek() == '}' {
		d.pos++
		d.depth--
		return false
	}
	return d.name(hint)
}

// nextMember moves from the value of a member to the name of the next one;
// see name for hint. It reports false at the end of the object, or when it
// stops.
func (d *decoder) nextMember(hint string) bool {
	switch d.peek() {
	case ',':
		d.pos++
		return d.name(hint)
	case '}':
		d.pos++
		d.depth--
		return false
	}
	d.unexpected()
	return false
}

// name reads a member's name and the colon after it. hint is the name
// likely to come, or "": when the body spells it as it is, the name needs
// no scanning for escapes, for a hint holds none (see member.name), and
// hinted is true.
func (d *decoder) name(hint string) bool {
	if d.peek() != '"' {
		d.unexpected()
		return false
	}
	start := d.pos + 1
	d.hinted = false
	if end := start + len(hint); hint != "" && end < len(d.data) && d.data[end] == '"' && string(d.data[start:end]) == hint {
		d.key, d.pos, d.hinted = d.data[start:end], end+1, true
	} else {
		d.key = d.text()
	}
	if d.peek() != ':' {
		d.unexpected()
		return false
	}
	d.pos++
	return d.err == nil
}

// nextItem moves to item i of the array being read: past the '[' for the
// first, past the ',' for the next. It reports false at the end of the
// array, or when it stops.
func (d *decoder) nextItem(i int) bool {
	switch c := d.peek(); {
	case c == ']':
		d.pos++
		d.depth--
		return false
	case i == 0:
		return d.err == nil
	case c == ',':
		d.pos++
		return true
	}
	d.unexpected()
	return false
}

// literal reads the literal lit: true, false or null.
func (d *decoder) literal(lit string) bool {
	if rest := d.data[d.pos:]; len(rest) >= len(lit) && string(rest[:len(lit)]) == lit {
		d.pos += len(lit)
		return true
	}
	d.unexpected()
	return false
}

// skip reads a value of any kind, checking its syntax.
func (d *decoder) skip() {
	switch c := d.peek(); {
	case c == '{':
		for more := d.enterObject(""); more; more = d.nextMember("") {
			d.skip()
		}
	case c == '[':
		if d.descend() {
			for i := 0; d.nextItem(i); i++ {
				d.skip()
			}
		}
	case c == '"':
		d.text()
	case c == 't':
		d.literal("true")
	case c == 'f':
		d.literal("false")
	case c == 'n':
		d.literal("null")
	case c == '-' || isDigit(c):
		d.number()
	default:
		d.unexpected()
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// number reads a JSON number and returns its text.
func (d *decoder) number() []byte {
	data, start := d.data, d.pos
	i := start
	if i < len(data) && data[i] == '-' {
		i++
	}
	digits := func() bool {
		from := i
		for i < len(data) && isDigit(data[i]) {
			i++
		}
		return i > from
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case !digits():
		d.pos = i
		d.unexpected()
		return nil
	}
	if i < len(data) && data[i] == '.' {
		i++
		if !digits() {
			d.pos = i
			d.unexpected()
			return nil
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if !digits() {
			d.pos = i
			d.unexpected()
			return nil
		}
	}
	d.pos = i
	return data[start:i]
}

// text reads a JSON string and returns its content: unescaped, with each
// byte of invalid UTF-8 and each lone surrogate replaced by U+FFFD, as
// encoding/json does. The slice is valid until the next read.
func (d *decoder) text() []byte {
	data := d.data
	start := d.pos + 1
	d.plain = false
	for i := start; i < len(data); {
		// Most bytes are printable ASCII other than a quote or a
		// backslash: eight of them at a time.
		if i+8 <= len(data) && plain8(binary.LittleEndian.Uint64(data[i:])) {
			i += 8
			continue
		}
		if c := data[i]; c-' ' < utf8.RuneSelf-' ' && c != '"' && c != '\\' {
			i++
			continue
		}
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			d.plain, d.start, d.end = true, start, i
			return data[start:i]
		case c == '\\':
			return d.unescape(start, i)
		case c < ' ':
			d.pos = i
			d.fail("control character in a string")
			return nil
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return d.unescape(start, i)
			}
			i += size
		}
	}
	d.pos = len(data)
	d.fail("unexpected end of the body in a string")
	return nil
}

// plain8 reports whether the eight bytes of x are all printable ASCII
// other than a quote and a backslash: bytes a JSON string holds as they
// are.
func plain8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quotes, backslashes := x^(ones*'"'), x^(ones*'\\')
	// A byte's high bit is set in x itself for a byte of 0x80 or more,
	// in x-' ' for a control character, and in (v-1)&^v for a zero byte
	// of v: a quote in quotes, a backslash in backslashes.
	return (x|(x-ones*' ')|(quotes-ones)&^quotes|(backslashes-ones)&^backslashes)&highs == 0
}

// unescape goes on reading the string that starts at byte start, from
// byte i on, into d.buf.
func (d *decoder) unescape(start, i int) []byte {
	data := d.data
	b := append(d.buf[:0], data[start:i]...)
	for i < len(data) {
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			d.buf = b
			return b
		case c == '\\':
			if i+1 >= len(data) {
				d.pos = len(data)
				d.unexpected()
				return nil
			}
			switch e := data[i+1]; e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r := hex4(data[i+2:])
				if r < 0 {
					d.pos = i
					d.fail("invalid \\u escape in a string")
					return nil
				}
				if utf16.IsSurrogate(r) {
					if r2 := hex4(escape(data[i+6:])); r2 >= 0 {
						if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
							b = utf8.AppendRune(b, pair)
							i += 12
							continue
						}
					}
					r = utf8.RuneError
				}
				b = utf8.AppendRune(b, r)
				i += 6
				continue
			default:
				d.pos = i
				d.fail("invalid escape in a string")
				return nil
			}
			i += 2
		case c < ' ':
			d.pos = i
			d.fail("control character in a string")
			return nil
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRune(data[i:])
			b = utf8.AppendRune(b, r)
			i += size
		}
	}
	d.pos = len(data)
	d.fail("unexpected end of the body in a string")
	return nil
}

// escape returns the four hex digits after the "\u" that s starts with,
// or nil.
func escape(s []byte) []byte {
	if len(s) < 2 || s[0] != '\\' || s[1] != 'u' {
		return nil
	}
	return s[2:]
}

// hex4 returns the rune the four hex digits s starts with write, or -1.
func hex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// ifNull is what a null reports for the member m: k, the violation of a
// null of its kind, when it is required; nothing, 0, when it is optional.
func (m *member) ifNull(k Violation) Violation {
	if m.required {
		return k
	}
	return 0
}

// frame is the reading of one object of the body: the decoder keeps a
// stack of them, from the top of the body down to the object it reads.
type frame struct {
	members []member
	// i is the index in members of the member being read, and n the index
	// of its item being read, or -1.
	i, n int
	// seen has a bit for each of the first 64 members that came; more
	// records the others.
	seen uint64
	more []bool
}

// object enters the object at d's position, whose members are those of
// members, and returns the index of its first member; see member.
//
// The decoder reads an object member by member: object enters it and
// member moves on, each returning the index in the object's table of the
// member that comes, and decodeObject reads the member into its field
// with the reader of its kind, such as str, which checks the constraints
// of the table. The readers are not inlined, so that decodeObject stays a
// small loop over them.
//
//go:noinline
func (d *decoder) object(members []member) int {
	fr := frame{members: members, i: -1, n: -1}
	if d.frames < len(d.stack) {
		d.stack[d.frames] = fr
	} else {
		d.deeper = append(d.deeper[:d.frames-len(d.stack)], fr)
	}
	d.frames++
	if !d.enterObject(d.frame(d.frames - 1).hint()) {
		return d.leave()
	}
	return d.find()
}

// member moves to the next member of the object being read, and returns
// its index in the object's table. At the end of the object, or when the
// decoder stops, it reports the required members that never came, leaves
// the object and returns -1.
//
//go:noinline
func (d *decoder) member() int {
	fr := d.frame(d.frames - 1)
	if i := fr.i + 1; i < len(fr.members) && !fr.came(i) && d.follows(fr.members[i].name) {
		fr.mark(i)
		fr.i, fr.n = i, -1
		return i
	}
	if !d.nextMember(fr.hint()) {
		return d.leave()
	}
	return d.find()
}

// follows reports whether the body goes on with the name in the compact
// form most bodies have, `,"name":`, and if so moves past it. Else,
// nothing has moved.
func (d *decoder) follows(name string) bool {
	data, p := d.data, d.pos
	end := p + 2 + len(name)
	if end+1 >= len(data) || data[p] != ',' || data[p+1] != '"' || data[end] != '"' || data[end+1] != ':' || string(data[p+2:end]) != name {
		return false
	}
	d.pos = end + 2
	return true
}

// find returns the index of the member named d.key, or of the next member
// that the table names: it skips the others. A member that comes twice
// stops the decoder: which of its values counts is not for the server to
// guess.
func (d *decoder) find() int {
	fr := d.frame(d.frames - 1)
	for {
		i := fr.i + 1
		if !d.hinted {
			i = fr.index(d.key)
		}
		switch {
		case i < 0:
			d.skip()
		case fr.mark(i):
			d.fail("member " + strconv.Quote(string(d.key)) + " appears twice")
		default:
			fr.i, fr.n = i, -1
			return i
		}
		if !d.nextMember(fr.hint()) {
			return d.leave()
		}
	}
}

// hint is the name of the member after the last one read: a body mostly
// holds the members in the order of their page.
func (fr *frame) hint() string {
	if j := fr.i + 1; j < len(fr.members) {
		return fr.members[j].name
	}
	return ""
}

// leave reports the required members of the object being read that never
// came, leaves the object and returns -1.
func (d *decoder) leave() int {
	f := d.frames - 1
	fr := d.frame(f)
	for i := range fr.members {
		if fr.members[i].required && !fr.came(i) {
			d.add(at{f, i, -1}, ViolationMissing)
		}
	}
	*fr = frame{}
	d.frames = f
	return -1
}

// frame returns frame f of the objects being read.
func (d *decoder) frame(f int) *frame {
	if f < len(d.stack) {
		return &d.stack[f]
	}
	return &d.deeper[f-len(d.stack)]
}

// index returns the index of the member named key, or -1. A body mostly
// holds the members in the order of their page, so the one after the last
// member read is tried first.
func (fr *frame) index(key []byte) int {
	ms := fr.members
	if j := fr.i + 1; j < len(ms) && ms[j].name == string(key) {
		return j
	}
	for j := range ms {
		if ms[j].name == string(key) {
			return j
		}
	}
	return -1
}

// mark records that member i came, and reports whether it came before.
func (fr *frame) mark(i int) (again bool) {
	if i < 64 {
		bit := uint64(1) << i
		again = fr.seen&bit != 0
		fr.seen |= bit
		return again
	}
	if fr.more == nil {
		fr.more = make([]bool, len(fr.members)-64)
	}
	again = fr.more[i-64]
	fr.more[i-64] = true
	return again
}

// came reports whether member i came.
func (fr *frame) came(i int) bool {
	if i < 64 {
		return fr.seen&(uint64(1)<<i) != 0
	}
	return fr.more != nil && fr.more[i-64]
}

// reading returns the entry of the member being read, and where it sits.
func (d *decoder) reading() (*member, at) {
	f := d.frames - 1
	fr := d.frame(f)
	return &fr.members[fr.i], at{f, fr.i, -1}
}

// readingItem returns the entry of the array member being read, and where
// its item being read sits.
func (d *decoder) readingItem() (*member, at) {
	f := d.frames - 1
	fr := d.frame(f)
	return &fr.members[fr.i], at{f, fr.i, fr.n}
}

// str reads a string member into dst. A required string that is null or
// empty is reported with ViolationStringEmpty; see checkString for the
// rest.
//
//go:noinline
func (d *decoder) str(dst *string) {
	m, w := d.reading()
	if !d.readStr(w, dst, m.ifNull(ViolationStringEmpty)) {
		return
	}
	if m.required && *dst == "" {
		d.add(w, ViolationStringEmpty)
		return
	}
	d.checkString(m, w, *dst)
}

// strPtr reads an optional string member; see str.
//
//go:noinline
func (d *decoder) strPtr(dst **string) {
	m, w := d.reading()
	var s string
	if d.readStr(w, &s, m.ifNull(ViolationStringEmpty)) {
		*dst = d.values.strings.take(s)
		d.checkString(m, w, s)
	}
}

// checkString checks the string s at w, the member m or one of its items,
// as m.checkString does.
func (d *decoder) checkString(m *member, w at, s string) {
	m.checkString(s, func(k Violation) { d.add(w, k) })
}

// boolean reads a boolean member into dst.
//
//go:noinline
func (d *decoder) boolean(dst *bool) {
	m, w := d.reading()
	d.readBoolean(w, dst, m.ifNull(ViolationMissing))
}

// booleanPtr reads an optional boolean member.
//
//go:noinline
func (d *decoder) booleanPtr(dst **bool) {
	m, w := d.reading()
	var b bool
	if d.readBoolean(w, &b, m.ifNull(ViolationMissing)) {
		*dst = d.values.booleans.take(b)
	}
}

// float reads a number member into dst and checks its bounds.
//
//go:noinline
func (d *decoder) float(dst *float64) {
	m, w := d.reading()
	if d.readFloat(w, dst, m.ifNull(ViolationMissing)) {
		d.checkFloat(m, w, *dst)
	}
}

// floatPtr reads an optional number member; see float.
//
//go:noinline
func (d *decoder) floatPtr(dst **float64) {
	m, w := d.reading()
	var f float64
	if d.readFloat(w, &f, m.ifNull(ViolationMissing)) {
		*dst = d.values.numbers.take(f)
		d.checkFloat(m, w, f)
	}
}

// checkFloat checks the number f at w against the bounds of m.
func (d *decoder) checkFloat(m *member, w at, f float64) {
	m.checkFloat(f, func(k Violation) { d.add(w, k) })
}

// integer reads an integer member into dst and checks its bounds.
//
//go:noinline
func (d *decoder) integer(dst *int64) {
	m, w := d.reading()
	if d.readInteger(w, dst, m.ifNull(ViolationMissing)) {
		d.checkInteger(m, w, *dst)
	}
}

// integerPtr reads an optional integer member; see integer.
//
//go:noinline
func (d *decoder) integerPtr(dst **int64) {
	m, w := d.reading()
	var n int64
	if d.readInteger(w, &n, m.ifNull(ViolationMissing)) {
		*dst = d.values.integers.take(n)
		d.checkInteger(m, w, n)
	}
}

// checkInteger checks the integer n at w against the bounds of m.
func (d *decoder) checkInteger(m *member, w at, n int64) {
	m.checkInteger(n, func(k Violation) { d.add(w, k) })
}

// raw reads a member of any type into dst, as encoding/json keeps it in a
// json.RawMessage.
//
//go:noinline
func (d *decoder) raw(dst *json.RawMessage) {
	m, w := d.reading()
	d.readRaw(w, dst, m.ifNull(ViolationMissing))
}

// hashtable reads a member that is an object of any members into dst.
//
//go:noinline
func (d *decoder) hashtable(dst *map[string]any) {
	m, w := d.reading()
	d.readHashtable(w, dst, m.ifNull(ViolationObjectNull))
}

// nested reports whether an object comes next as the member's value, for
// the caller to decode it.
//
//go:noinline
func (d *decoder) nested() bool {
	m, w := d.reading()
	return d.opening(w, '{', m.ifNull(ViolationObjectNull))
}

// array reports whether an array comes next as the member's value, and
// enters it, for the caller to read its items with item, then to count
// them with count.
//
//go:noinline
func (d *decoder) array() bool {
	m, w := d.reading()
	return d.opening(w, '[', m.ifNull(ViolationArrayNull)) && d.descend()
}

// item moves to item i of the array member being read. It reports false,
// and leaves the array, at its end, or when the decoder stops.
//
//go:noinline
func (d *decoder) item(i int) bool {
	fr := d.frame(d.frames - 1)
	if d.nextItem(i) {
		fr.n = i
		return true
	}
	fr.n = -1
	return false
}

// count checks that the array member being read has as many items as its
// page allows: n.
//
//go:noinline
func (d *decoder) count(n int) {
	m, w := d.reading()
	m.checkCount(n, func(k Violation) { d.add(w, k) })
}

// itemObject reports whether an object comes next as the item, for the
// caller to decode it. Any other item is of the wrong type.
//
//go:noinline
func (d *decoder) itemObject() bool {
	_, w := d.readingItem()
	return d.opening(w, '{', ViolationWrongType)
}

// itemBoolean reads a boolean item into dst.
//
//go:noinline
func (d *decoder) itemBoolean(dst *bool) {
	_, w := d.readingItem()
	d.readBoolean(w, dst, ViolationWrongType)
}

// itemFloat reads a number item into dst and checks it against the
// member's bounds.
//
//go:noinline
func (d *decoder) itemFloat(dst *float64) {
	m, w := d.readingItem()
	if d.readFloat(w, dst, ViolationWrongType) {
		d.checkFloat(m, w, *dst)
	}
}

// itemInteger reads an integer item into dst and checks it against the
// member's bounds.
//
//go:noinline
func (d *decoder) itemInteger(dst *int64) {
	m, w := d.readingItem()
	if d.readInteger(w, dst, ViolationWrongType) {
		d.checkInteger(m, w, *dst)
	}
}

// itemRaw reads an item of any type into dst; a null item is of the wrong
// type.
//
//go:noinline
func (d *decoder) itemRaw(dst *json.RawMessage) {
	_, w := d.readingItem()
	d.readRaw(w, dst, ViolationWrongType)
}

// itemHashtable reads an item that is an object of any members into dst.
//
//go:noinline
func (d *decoder) itemHashtable(dst *map[string]any) {
	_, w := d.readingItem()
	d.readHashtable(w, dst, ViolationWrongType)
}

// enumMember reads a member of an enum into dst, the int under its type;
// a code that its page does not document is ViolationNotAllowed.
//
//go:noinline
func (d *decoder) enumMember(dst *int) {
	m, w := d.reading()
	if d.readEnum(w, dst, m.ifNull(ViolationMissing)) && !m.validCode(*dst) {
		d.add(w, ViolationNotAllowed)
	}
}

// enumMemberPtr reads an optional member of an enum; see enumMember.
//
//go:noinline
func (d *decoder) enumMemberPtr(dst **int) {
	m, w := d.reading()
	var e int
	if d.readEnum(w, &e, m.ifNull(ViolationMissing)) {
		*dst = &e
		if !m.validCode(e) {
			d.add(w, ViolationNotAllowed)
		}
	}
}

// enumItem reads an item of an enum into dst; see enumMember.
//
//go:noinline
func (d *decoder) enumItem(dst *int) {
	m, w := d.readingItem()
	if d.readEnum(w, dst, ViolationWrongType) && !m.validCode(*dst) {
		d.add(w, ViolationNotAllowed)
	}
}

// strs reads an array member of strings into dst, checks each item with
// checkString, then counts them. It counts the items first, and checks
// their types, so that dst is allocated once, from a slab. The items that
// need no unescaping are slices of d.tail, which the first array of
// strings with one makes: the arrays of a body cost one string between
// them. An array of more items than spans holds, or of items to unescape,
// is read a second time to fill in dst.
//
//go:noinline
func (d *decoder) strs(dst *[]string) {
	if !d.array() {
		return
	}
	m, w := d.reading()
	itemAt := func(i int) at { return at{w.f, w.i, i} }
	// Where each item is in data; -1 for one that is not a string.
	var spans [16]struct{ start, end int }
	start, depth := d.pos, d.depth
	n, from, again := 0, -1, false
	for ; d.nextItem(n); n++ {
		if d.peek() != '"' {
			d.wrongType(itemAt(n))
			if n < len(spans) {
				spans[n].start = -1
			}
			continue
		}
		d.text()
		if d.plain && from < 0 {
			from = d.start
		}
		if n < len(spans) && d.plain {
			spans[n].start, spans[n].end = d.start, d.end
		} else {
			again = true
		}
	}
	if d.err != nil {
		return
	}
	// Past the items spans holds, only a second reading fills them in.
	again = again || n > len(spans)
	if from >= 0 && d.tail == "" {
		d.tail, d.tailFrom = string(d.data[from:]), from
	}
	items := d.values.strings.takeN(n)
	if again {
		end := d.pos
		d.pos, d.depth = start, depth
		for i := range items {
			d.nextItem(i)
			if d.peek() != '"' {
				d.skip()
				continue
			}
			if b := d.text(); d.plain {
				items[i] = d.tail[d.start-d.tailFrom : d.end-d.tailFrom]
			} else {
				items[i] = string(b)
			}
			d.checkString(m, itemAt(i), items[i])
		}
		d.pos, d.depth = end, depth-1
	} else {
		for i := range items {
			if spans[i].start >= 0 {
				items[i] = d.tail[spans[i].start-d.tailFrom : spans[i].end-d.tailFrom]
				d.checkString(m, itemAt(i), items[i])
			}
		}
	}
	*dst = items
	d.count(n)
}

// wrongType skips a value of the wrong JSON type and reports it at w.
func (d *decoder) wrongType(w at) {
	if d.skip(); d.err == nil {
		d.add(w, ViolationWrongType)
	}
}

// null reads a null. A required value reports ifNull at w; an optional
// one, whose ifNull is 0, reports nothing.
func (d *decoder) null(w at, ifNull Violation) {
	if d.literal("null") && ifNull != 0 {
		d.add(w, ifNull)
	}
}

// readStr reads a string into dst, and reports whether it did. Any other
// value is reported at w: null with ifNull, see null.
func (d *decoder) readStr(w at, dst *string, ifNull Violation) bool {
	switch d.peek() {
	case '"':
		s := d.text()
		*dst = string(s)
		return d.err == nil
	case 'n':
		d.null(w, ifNull)
		return false
	}
	d.wrongType(w)
	return false
}

// readBoolean reads a boolean; see readStr.
func (d *decoder) readBoolean(w at, dst *bool, ifNull Violation) bool {
	switch d.peek() {
	case 't':
		*dst = true
		return d.literal("true")
	case 'f':
		*dst = false
		return d.literal("false")
	case 'n':
		d.null(w, ifNull)
		return false
	}
	d.wrongType(w)
	return false
}

// readFloat reads a number; see readStr. A number beyond float64 is of the wrong
// type.
func (d *decoder) readFloat(w at, dst *float64, ifNull Violation) bool {
	switch c := d.peek(); {
	case c == '-' || isDigit(c):
		s := d.number()
		if d.err != nil {
			return false
		}
		f, err := strconv.ParseFloat(string(s), 64)
		if err != nil {
			d.add(w, ViolationWrongType)
			return false
		}
		*dst = f
		return true
	case c == 'n':
		d.null(w, ifNull)
		return false
	}
	d.wrongType(w)
	return false
}

// readInteger reads a number that must be an integer; see readStr. A number with
// a fraction is reported with ViolationNotInteger; one beyond int64 is of
// the wrong type. An integral number written with a fraction or an
// exponent (1.0, 1e3) is an integer.
func (d *decoder) readInteger(w at, dst *int64, ifNull Violation) bool {
	switch c := d.peek(); {
	case c == '-' || isDigit(c):
		s := d.number()
		if d.err != nil {
			return false
		}
		n, k := parseInteger(s)
		if k != 0 {
			d.add(w, k)
			return false
		}
		*dst = n
		return true
	case c == 'n':
		d.null(w, ifNull)
		return false
	}
	d.wrongType(w)
	return false
}

// parseInteger returns the integer the JSON number s writes, or the
// violation of a number that is none.
func parseInteger(s []byte) (int64, Violation) {
	digits := s
	if s[0] == '-' {
		digits = s[1:]
	}
	plain := len(digits) <= 19
	var n uint64
	for _, c := range digits {
		if !isDigit(c) {
			plain = false
			break
		}
		n = n*10 + uint64(c-'0')
	}
	if plain {
		switch {
		case s[0] != '-' && n <= math.MaxInt64:
			return int64(n), 0
		case s[0] == '-' && n <= 1<<63:
			return int64(-n), 0
		}
		return 0, ViolationWrongType
	}
	return integerOf(s)
}

// readEnum reads a code of an enum, which is an integer on the wire; see
// integer. Whether the code is a member is for the caller to check.
func (d *decoder) readEnum(w at, dst *int, ifNull Violation) bool {
	var n int64
	if !d.readInteger(w, &n, ifNull) {
		return false
	}
	if int64(int(n)) != n {
		d.add(w, ViolationWrongType)
		return false
	}
	*dst = int(n)
	return true
}

// readRaw reads a value of any type into dst, as encoding/json keeps it in a
// json.RawMessage: null included. It reports whether the value is not
// null; a null reports ifNull at w.
func (d *decoder) readRaw(w at, dst *json.RawMessage, ifNull Violation) bool {
	c := d.peek()
	start := d.pos
	d.skip()
	if d.err != nil {
		return false
	}
	*dst = append(json.RawMessage(nil), d.data[start:d.pos]...)
	if c == 'n' {
		if ifNull != 0 {
			d.add(w, ifNull)
		}
		return false
	}
	return true
}

// readHashtable reads an object of any members into dst; see readStr.
func (d *decoder) readHashtable(w at, dst *map[string]any, ifNull Violation) bool {
	switch d.peek() {
	case '{':
		v, ok := d.anyValue()
		if d.err != nil {
			return false
		}
		if !ok {
			d.add(w, ViolationWrongType)
			return false
		}
		*dst = v.(map[string]any)
		return true
	case 'n':
		d.null(w, ifNull)
		return false
	}
	d.wrongType(w)
	return false
}

// anyValue reads a value of any type as encoding/json decodes it into an
// interface: map[string]any, []any, string, float64, bool or nil. ok is
// false when a number in it is beyond float64.
func (d *decoder) anyValue() (v any, ok bool) {
	ok = true
	switch c := d.peek(); {
	case c == '{':
		m := map[string]any{}
		for more := d.enterObject(""); more; more = d.nextMember("") {
			name := string(d.key)
			e, eok := d.anyValue()
			m[name], ok = e, ok && eok
		}
		return m, ok
	case c == '[':
		items := []any{}
		if d.descend() {
			for i := 0; d.nextItem(i); i++ {
				e, eok := d.anyValue()
				items, ok = append(items, e), ok && eok
			}
		}
		return items, ok
	case c == '"':
		return string(d.text()), true
	case c == 't':
		return true, d.literal("true")
	case c == 'f':
		return false, d.literal("false")
	case c == 'n':
		return nil, d.literal("null")
	case c == '-' || isDigit(c):
		s := d.number()
		if d.err != nil {
			return nil, false
		}
		f, err := strconv.ParseFloat(string(s), 64)
		return f, err == nil
	}
	d.unexpected()
	return nil, false
}

// opening reports whether the object or array that c opens comes next,
// without entering it; see readStr for what else may come.
func (d *decoder) opening(w at, c byte, ifNull Violation) bool {
	switch d.peek() {
	case c:
		return true
	case 'n':
		d.null(w, ifNull)
		return false
	}
	d.wrongType(w)
	return false
}

// Validate reports every member of the request or the object v points to,
// or of the objects it holds, that breaks the constraints its page
// documents, as a *ValidationError that names members by their path from
// v, as DecodeBody reports v's JSON: a nil required object, which is null
// in JSON, included; a request's query parameters come first, as the
// server reports them. It returns nil when there is none. It goes through
// the tables DecodeBody reads, so that no type has a method of its own to
// check it.
func Validate(v any) error {
	if typeOfPointer(v).hasHeaders {
		return checkRequest(v)
	}
	return validateObject(v)
}

// ApplyDefaults sets every absent optional member of the request or the
// object v points to, and of the objects it holds, that its page gives a
// default to that default, through the tables DecodeBody reads.
func ApplyDefaults(v any) {
	applyDefaults(v)
}

// validateObject checks the object v points to as the decoder checks the
// JSON that encodes it, reading it into a new object of its type.
//
//go:noinline
func validateObject(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	t := typeOfPointer(v)
	return decodeBody(body, t, t.newObject())
}

// DecodeBody reads body into the request r points to, keeping its Headers,
// as the server does: see BodyError and ValidationError. r is a pointer to
// a request type of the package; DecodeBody goes through the table of its
// members, which the package reads from its type the first time it meets
// it, so that no request type has a method of its own to decode it. A
// request whose page documents no body keeps only its Headers, and
// reports a body that is not empty as a *BodyError when its page says the
// server rejects one.
func DecodeBody(r any, body []byte) error {
	if _, ok := r.(bodiless); ok {
		t := typeOfPointer(r)
		t.zero(pointerOf(r))
		// The reason is asked of a new request, not of r: a call of a
		// method of r would have every request escape to the heap.
		if reason := reflect.New(t.typ).Interface().(bodiless).bodiless(); reason != "" && len(body) > 0 {
			return &BodyError{Reason: reason}
		}
		return nil
	}
	return decodeInto(r, body)
}

// decodeInto reads body into the struct v points to, a request or the query
// parameters of one, as DecodeBody or its DecodeQuery does: it empties the
// struct but for a request's Headers, reads every member of body into it,
// then applies the defaults of the members that are absent. It returns
// what finish returns.
//
//go:noinline
func decodeInto(v any, body []byte) error {
	t := typeOfPointer(v)
	p := pointerOf(v)
	t.zero(p)
	err := decodeBody(body, t, p)
	if t.defaults {
		var s slabs
		s.apply(t, p)
	}
	return err
}

// decodeBody reads body, which must hold a JSON object, into the struct of
// type t at p. It returns what finish returns.
func decodeBody(body []byte, t *objectType, p unsafe.Pointer) error {
	d := decoder{data: body}
	if d.top() {
		d.decodeObject(t.members, p)
	}
	return d.finish()
}

// decodeObject reads the object at d's position into the struct at p,
// member by member, each with the reader of its kind, which checks it
// against its entry in members.
func (d *decoder) decodeObject(members []member, p unsafe.Pointer) {
	for i := d.object(members); i >= 0; i = d.member() {
		m := &members[i]
		v := unsafe.Add(p, m.offset)
		switch m.kind {
		case kindStr:
			d.str((*string)(v))
		case kindStrPtr:
			d.strPtr((**string)(v))
		case kindBool:
			d.boolean((*bool)(v))
		case kindBoolPtr:
			d.booleanPtr((**bool)(v))
		case kindFloat:
			d.float((*float64)(v))
		case kindFloatPtr:
			d.floatPtr((**float64)(v))
		case kindInt:
			d.integer((*int64)(v))
		case kindIntPtr:
			d.integerPtr((**int64)(v))
		case kindEnum:
			d.enumMember((*int)(v))
		case kindEnumPtr:
			d.enumMemberPtr((**int)(v))
		case kindRaw:
			d.raw((*json.RawMessage)(v))
		case kindMap:
			d.hashtable((*map[string]any)(v))
		case kindStrs:
			d.strs((*[]string)(v))
		case kindObject:
			if d.nested() {
				obj := m.object.newObject()
				*(*unsafe.Pointer)(v) = obj
				d.decodeObject(m.object.members, obj)
			}
		default:
			d.items(m, v)
		}
	}
}

// items reads an array member other than one of strings into the slice
// at v: it starts as an empty slice, and grows by an item for each item
// of the array, which the reader of its kind reads.
func (d *decoder) items(m *member, v unsafe.Pointer) {
	if !d.array() {
		return
	}
	// Every empty slice may share the array of a zero-size type, whatever
	// its items.
	*(*[]struct{})(v) = []struct{}{}
	n := 0
	for ; d.item(n); n++ {
		switch m.kind {
		case kindBools:
			d.itemBoolean(growAt[bool](v))
		case kindFloats:
			d.itemFloat(growAt[float64](v))
		case kindInts:
			d.itemInteger(growAt[int64](v))
		case kindEnums:
			d.enumItem(growAt[int](v))
		case kindRaws:
			d.itemRaw(growAt[json.RawMessage](v))
		case kindMaps:
			d.itemHashtable(growAt[map[string]any](v))
		case kindObjects:
			item := m.object.growItems(v)
			if d.itemObject() {
				d.decodeObject(m.object.members, item)
			}
		}
	}
	d.count(n)
}

// growAt adds an item, T's zero value, to the slice of Ts at v, and
// returns it.
func growAt[T any](v unsafe.Pointer) *T {
	s := (*[]T)(v)
	*s = grow(*s)
	return &(*s)[len(*s)-1]
}

// grow returns items with one more item, T's zero value, for the decoder
// to read into. The first item makes room for four, so that short arrays
// cost one allocation.
//
//go:noinline
func grow[T any](items []T) []T {
	if cap(items) == 0 {
		items = make([]T, 0, 4)
	}
	var zero T
	return append(items, zero)
}
