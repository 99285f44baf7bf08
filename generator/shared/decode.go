package shared

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth is how deep objects and arrays may nest in a body, as in
// encoding/json.
const maxDepth = 10000

// slabSize is how many values a slab hands out before it allocates again.
const slabSize = 16

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
// and the violations are kept in one buffer until finish. The methods the
// generated code calls once per member are not inlined: inlined, they
// would multiply the code that an API of a thousand operations compiles.
type decoder struct {
	data  []byte
	pos   int
	depth int
	err   *BodyError
	// key is the name of the member being read, unescaped. It is valid
	// until the next read.
	key []byte
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
	// at.appendRank), then its path (see at.appendPath). found is the
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
}

// slabs hands out the values of optional members, which requests point
// to, for the decoder and for ApplyDefaults.
type slabs struct {
	booleans slab[bool]
	strings  slab[string]
	numbers  slab[float64]
	integers slab[int64]
}

// slab hands out pointers to values of T, allocated slabSize at a time, so
// that a request with many optional members costs few allocations.
type slab[T any] struct{ free []T }

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

// take returns a pointer to a new T that holds v.
func (s *slab[T]) take(v T) *T {
	if len(s.free) == 0 {
		s.free = make([]T, slabSize)
	}
	p := &s.free[0]
	*p = v
	s.free = s.free[1:]
	return p
}

// at is where a value sits in the body: a member of an object, or an item
// of an array. Violations are reported at an at; the decode methods of
// the generated types pass the at of the object they read to the members
// they read, so that nothing is built unless a violation is reported.
type at struct {
	up    *at    // the member or item that holds this one; nil at the top of the body
	name  string // the member's name on the wire; "" for an array item
	order int    // the member's place in its page's table, or the item's index
	// seen is the member's flag in the list of the members of its
	// object that were read; nil for an item. The reader of a member
	// sets it, and refuses a member that comes twice.
	seen *bool
}

// appendPath appends where w sits, as MemberError.Member names it:
// "infoRequestParam.playerDataKeys", "tags[2].key".
func (w *at) appendPath(b []byte) []byte {
	if w.up != nil {
		b = w.up.appendPath(b)
	}
	if w.name == "" {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(w.order), 10)
		return append(b, ']')
	}
	if w.up != nil {
		b = append(b, '.')
	}
	return append(b, w.name...)
}

// appendRank appends where w sits in the order of the pages: the order of
// each member or item from the top of the body down, as big-endian
// uint32s. Ranks compare byte by byte, and a member ranks before what it
// holds.
func (w *at) appendRank(r []byte) []byte {
	if w.up != nil {
		r = w.up.appendRank(r)
	}
	return binary.BigEndian.AppendUint32(r, uint32(w.order))
}

// add records that the value at w breaks the constraint k.
func (d *decoder) add(w at, k Violation) {
	if d.violations == nil {
		d.violations = make([]byte, 0, 256)
	}
	start := len(d.violations)
	b := append(d.violations, byte(k), 0, 0, 0, 0, 0, 0, 0, 0)
	b = w.appendRank(b)
	rankEnd := len(b)
	b = w.appendPath(b)
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
	if d.err != nil {
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
	return &ValidationError{Members: members}
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

// enter enters the object at d.pos and reads the name of its first member
// into d.key. It reports false for an empty object, or when it stops.
func (d *decoder) enter() bool {
	if !d.descend() {
		return false
	}
	if d.peek() == '}' {
		d.pos++
		d.depth--
		return false
	}
	return d.name()
}

// next moves from the value of a member to the name of the next one. It
// reports false at the end of the object, or when it stops.
func (d *decoder) next() bool {
	switch d.peek() {
	case ',':
		d.pos++
		return d.name()
	case '}':
		d.pos++
		d.depth--
		return false
	}
	d.unexpected()
	return false
}

// name reads a member's name and the colon after it.
func (d *decoder) name() bool {
	if d.peek() != '"' {
		d.unexpected()
		return false
	}
	d.key = d.text()
	if d.peek() != ':' {
		d.unexpected()
		return false
	}
	d.pos++
	return d.err == nil
}

// first reports whether the member named d.key is read for the first time
// in its object; seen records it, unless it is nil, for an item. A
// repeated member stops the decoder: which of its values counts is not for
// the server to guess.
func (d *decoder) first(seen *bool) bool {
	if seen == nil {
		return true
	}
	if *seen {
		d.fail("member " + strconv.Quote(string(d.key)) + " appears twice")
		return false
	}
	*seen = true
	return true
}

// item moves to item i of the array being read: past the '[' for the
// first, past the ',' for the next. It reports false at the end of the
// array, or when it stops.
//
//go:noinline
func (d *decoder) item(i int) bool {
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
		for more := d.enter(); more; more = d.next() {
			d.skip()
		}
	case c == '[':
		if d.descend() {
			for i := 0; d.item(i); i++ {
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

// wrongType skips a value of the wrong JSON type and reports it at w.
func (d *decoder) wrongType(w at) {
	if d.skip(); d.err == nil {
		d.add(w, ViolationWrongType)
	}
}

// null reads a null. A required member reports ifNull at w; an optional
// one, whose ifNull is 0, reports nothing.
func (d *decoder) null(w at, ifNull Violation) {
	if d.literal("null") && ifNull != 0 {
		d.add(w, ifNull)
	}
}

// str reads a string into dst, and reports whether it did. Any other
// value is reported at w: null with ifNull, see null. Like every reader of
// a member, it refuses a member read before; see first.
//
//go:noinline
func (d *decoder) str(w at, dst *string, ifNull Violation) bool {
	if !d.first(w.seen) {
		return false
	}
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

// strPtr reads an optional string; see str.
//
//go:noinline
func (d *decoder) strPtr(w at, dst **string) bool {
	var s string
	if !d.str(w, &s, 0) {
		return false
	}
	*dst = d.values.strings.take(s)
	return true
}

// boolean reads a boolean; see str.
//
//go:noinline
func (d *decoder) boolean(w at, dst *bool, ifNull Violation) bool {
	if !d.first(w.seen) {
		return false
	}
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

// booleanPtr reads an optional boolean; see str.
//
//go:noinline
func (d *decoder) booleanPtr(w at, dst **bool) bool {
	var b bool
	if !d.boolean(w, &b, 0) {
		return false
	}
	*dst = d.values.booleans.take(b)
	return true
}

// float reads a number; see str. A number beyond float64 is of the wrong
// type.
//
//go:noinline
func (d *decoder) float(w at, dst *float64, ifNull Violation) bool {
	if !d.first(w.seen) {
		return false
	}
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

// floatPtr reads an optional number; see float.
//
//go:noinline
func (d *decoder) floatPtr(w at, dst **float64) bool {
	var f float64
	if !d.float(w, &f, 0) {
		return false
	}
	*dst = d.values.numbers.take(f)
	return true
}

// integer reads a number that must be an integer; see str. A number with
// a fraction is reported with ViolationNotInteger; one beyond int64 is of
// the wrong type. An integral number written with a fraction or an
// exponent (1.0, 1e3) is an integer.
//
//go:noinline
func (d *decoder) integer(w at, dst *int64, ifNull Violation) bool {
	if !d.first(w.seen) {
		return false
	}
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

// integerPtr reads an optional integer; see integer.
//
//go:noinline
func (d *decoder) integerPtr(w at, dst **int64) bool {
	var n int64
	if !d.integer(w, &n, 0) {
		return false
	}
	*dst = d.values.integers.take(n)
	return true
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
	f, err := strconv.ParseFloat(string(s), 64)
	switch {
	case err != nil:
		return 0, ViolationWrongType
	case f != math.Trunc(f):
		return 0, ViolationNotInteger
	case f < math.MinInt64 || f >= math.MaxInt64:
		return 0, ViolationWrongType
	}
	return int64(f), 0
}

// enumValue reads a member of an enum, which is an integer on the wire;
// see integer. Whether the code is a member is for the caller to check.
//
//go:noinline
func enumValue[E ~int](d *decoder, w at, dst *E, ifNull Violation) bool {
	var n int64
	if !d.integer(w, &n, ifNull) {
		return false
	}
	if int64(E(n)) != n {
		d.add(w, ViolationWrongType)
		return false
	}
	*dst = E(n)
	return true
}

// enumPtr reads an optional member of an enum; see enumValue.
//
//go:noinline
func enumPtr[E ~int](d *decoder, w at, dst **E) bool {
	var e E
	if !enumValue(d, w, &e, 0) {
		return false
	}
	*dst = &e
	return true
}

// raw reads a value of any type into dst, as encoding/json keeps it in a
// json.RawMessage: null included. It reports whether the value is not
// null; a null reports ifNull at w.
//
//go:noinline
func (d *decoder) raw(w at, dst *json.RawMessage, ifNull Violation) bool {
	if !d.first(w.seen) {
		return false
	}
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

// hashtable reads an object of any members into dst; see str.
//
//go:noinline
func (d *decoder) hashtable(w at, dst *map[string]any, ifNull Violation) bool {
	if !d.first(w.seen) {
		return false
	}
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
		for more := d.enter(); more; more = d.next() {
			name := string(d.key)
			e, eok := d.anyValue()
			m[name], ok = e, ok && eok
		}
		return m, ok
	case c == '[':
		items := []any{}
		if d.descend() {
			for i := 0; d.item(i); i++ {
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

// object reports whether an object comes next, for the caller to read it
// with its type's decode; see str for what else may come.
//
//go:noinline
func (d *decoder) object(w at, ifNull Violation) bool {
	if !d.first(w.seen) {
		return false
	}
	switch d.peek() {
	case '{':
		return true
	case 'n':
		d.null(w, ifNull)
		return false
	}
	d.wrongType(w)
	return false
}

// array enters an array, for the caller to read its items with item; see
// str for what else may come.
//
//go:noinline
func (d *decoder) array(w at, ifNull Violation) bool {
	if !d.first(w.seen) {
		return false
	}
	switch d.peek() {
	case '[':
		return d.descend()
	case 'n':
		d.null(w, ifNull)
		return false
	}
	d.wrongType(w)
	return false
}

// strs reads an array of strings into dst; see array for what else may
// come. It checks that each item has lo to hi characters (a negative bound
// is not checked) and, unless values is nil, is one of values. It counts
// the items first, and checks their types, so that dst is allocated once,
// from a slab. The items that need no unescaping are slices of d.tail,
// which the first array of strings with one makes: the arrays of a body
// cost one string between them. An array of more items than spans holds,
// or of items to unescape, is read a second time to fill in dst.
//
//go:noinline
func (d *decoder) strs(w at, dst *[]string, ifNull Violation, lo, hi int, values []string) bool {
	if !d.array(w, ifNull) {
		return false
	}
	// Where each item is in data; -1 for one that is not a string.
	var spans [16]struct{ start, end int }
	start, depth := d.pos, d.depth
	n, from, again := 0, -1, false
	for ; d.item(n); n++ {
		if d.peek() != '"' {
			d.wrongType(at{&w, "", n, nil})
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
		return false
	}
	if from >= 0 && d.tail == "" {
		d.tail, d.tailFrom = string(d.data[from:]), from
	}
	items := d.values.strings.takeN(n)
	if again {
		end := d.pos
		d.pos, d.depth = start, depth
		for i := range items {
			d.item(i)
			if d.peek() != '"' {
				d.skip()
				continue
			}
			if b := d.text(); d.plain {
				items[i] = d.tail[d.start-d.tailFrom : d.end-d.tailFrom]
			} else {
				items[i] = string(b)
			}
			d.check(at{&w, "", i, nil}, items[i], lo, hi, values)
		}
		d.pos, d.depth = end, depth-1
		*dst = items
		return true
	}
	for i := range items {
		if spans[i].start >= 0 {
			items[i] = d.tail[spans[i].start-d.tailFrom : spans[i].end-d.tailFrom]
			d.check(at{&w, "", i, nil}, items[i], lo, hi, values)
		}
	}
	*dst = items
	return true
}

// check checks an item of an array of strings; see strs.
func (d *decoder) check(w at, s string, lo, hi int, values []string) {
	if lo >= 0 || hi >= 0 {
		d.length(w, s, lo, hi)
	}
	if values != nil && !slices.Contains(values, s) {
		d.add(w, ViolationNotAllowed)
	}
}

// validateRequest checks req as the server checks the JSON that encodes it.
//
//go:noinline
func validateRequest(req request) error {
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	return req.fresh(Headers{}).DecodeBody(body)
}

// validateObject checks v as the decoder checks the JSON that encodes it,
// reading it into into, a new object of v's type.
//
//go:noinline
func validateObject(v any, into interface{ decode(d *decoder, p *at) }) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	d := decoder{data: body}
	if d.top() {
		into.decode(&d, nil)
	}
	return d.finish()
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

// length checks that s has lo to hi characters, counted as runes, not
// bytes. A negative bound is not checked.
//
//go:noinline
func (d *decoder) length(w at, s string, lo, hi int) {
	n := utf8.RuneCountInString(s)
	if lo >= 0 && n < lo {
		d.add(w, ViolationStringTooShort)
	}
	if hi >= 0 && n > hi {
		d.add(w, ViolationStringTooLong)
	}
}

// required reports a required member that the object did not hold.
//
//go:noinline
func (d *decoder) required(seen bool, w at) {
	if !seen {
		d.add(w, ViolationMissing)
	}
}

// count checks that an array of n items has lo to hi of them. A negative
// bound is not checked.
//
//go:noinline
func (d *decoder) count(w at, n, lo, hi int) {
	if lo >= 0 && n < lo {
		d.add(w, ViolationArrayTooShort)
	}
	if hi >= 0 && n > hi {
		d.add(w, ViolationArrayTooLong)
	}
}
