package runtime

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// encoder writes the JSON of answers, byte for byte as encoding/json.Marshal
// writes the same values, without reflection: the objects of answers are
// data, a table of their members that object goes through. Every member
// is written with a comma before it; close turns the comma of the first
// member of an object into the object's '{'. The first value that cannot
// be written, such as NaN, is kept in err. The methods object calls once
// per member are not inlined, as the decoder's are not.
//
// An encoder is on the heap, in a pool. The methods store a longer e.b
// with set, or append to it in place, so that they do not store its
// pointer while it is the same: the store of a pointer on the heap costs a
// write barrier while the garbage collector marks.
type encoder struct {
	b   []byte
	err error
	// depth is how many objects and arrays of objects the encoder is in,
	// and seen, past cycleDepth of them, those it is in: see unseen.
	depth int
	seen  map[any]struct{}
}

// set makes e.b b, which extends e.b: its length only, unless b is in an
// array of its own. An append that moves a slice to a new array makes
// it larger, so that b is in e.b's array if their capacities are equal.
func (e *encoder) set(b []byte) {
	if cap(b) == cap(e.b) {
		e.b = e.b[:len(b)]
	} else {
		e.b = b
	}
}

// encoders holds encoders for AppendJSON, with the buffers they wrote
// last.
var encoders = sync.Pool{New: func() any { return new(encoder) }}

// AppendJSON appends the object v points to, a payload of the API, to b
// as encoding/json.Marshal writes it, and returns the extended buffer; a
// nil v is null. It goes through the tables of the members of v's type
// and of the objects it holds, without reflection, so that no payload
// type has a method of its own to encode it. It makes room for about as
// many bytes as the JSON takes.
// A nil b gets an array of the answer's size instead: the object is
// written into the buffer of a pooled encoder, then copied.
//
//go:noinline
func AppendJSON(b []byte, v any) ([]byte, error) {
	p := pointerOf(v)
	if p == nil {
		return append(b, "null"...), nil
	}
	t := typeOfPointer(v)
	e := encoders.Get().(*encoder)
	buf := e.b[:0]
	if b == nil {
		e.b = slices.Grow(buf, t.hint)
	} else {
		e.b = slices.Grow(b, t.hint)
	}
	// p is a pointer, which json.Marshal counts as a level, so that a
	// cycle is found at the value where json.Marshal finds it.
	e.depth = 1
	e.object(p, t)
	out, err := e.b, e.err
	if b == nil {
		// The pool keeps the array the answer is in.
		buf, out = out, append([]byte(nil), out...)
	}
	if cap(buf) <= pooledSize {
		*e = encoder{b: buf}
		encoders.Put(e)
	}
	return out, err
}

// object writes the object of type t at p, member by member.
func (e *encoder) object(p unsafe.Pointer, t *objectType) {
	start := e.open()
	members := t.members
	for i := range members {
		f := &members[i]
		v := unsafe.Add(p, f.offset)
		switch f.kind {
		case kindStr:
			e.putStr(f.key, *(*string)(v))
		case kindStrPtr:
			e.putStrPtr(f.key, *(**string)(v))
		case kindBool:
			e.putBool(f.key, *(*bool)(v))
		case kindBoolPtr:
			e.putBoolPtr(f.key, *(**bool)(v))
		case kindFloat:
			e.putFloat(f.key, *(*float64)(v))
		case kindFloatPtr:
			e.putFloatPtr(f.key, *(**float64)(v))
		case kindInt:
			e.putInt(f.key, *(*int64)(v))
		case kindIntPtr:
			e.putIntPtr(f.key, *(**int64)(v))
		case kindEnum:
			encodeEnum(e, f.key, *(*int)(v))
		case kindEnumPtr:
			encodeEnumPtr(e, f.key, *(**int)(v))
		case kindRaw:
			if raw := *(*json.RawMessage)(v); f.required || len(raw) > 0 {
				e.putRaw(f.key, raw)
			}
		case kindMap:
			if m := *(*map[string]any)(v); f.required || len(m) > 0 {
				e.putMarshal(f.key, m)
			}
		case kindStrs:
			e.putStrs(f.key, *(*[]string)(v), !f.required)
		case kindBools:
			e.putBools(f.key, *(*[]bool)(v), !f.required)
		case kindFloats:
			e.putFloats(f.key, *(*[]float64)(v), !f.required)
		case kindInts:
			e.putInts(f.key, *(*[]int64)(v), !f.required)
		case kindEnums:
			encodeEnums(e, f.key, *(*[]int)(v), !f.required)
		case kindRaws:
			if items := *(*[]json.RawMessage)(v); f.required || len(items) > 0 {
				e.putMarshal(f.key, items)
			}
		case kindMaps:
			if items := *(*[]map[string]any)(v); f.required || len(items) > 0 {
				e.putMarshal(f.key, items)
			}
		case kindObject:
			e.putObject(f, *(*unsafe.Pointer)(v))
		case kindObjects:
			e.putObjects(f, v)
		}
	}
	e.close(start)
}

// open starts an object and returns where it starts, for close.
//
//go:noinline
func (e *encoder) open() int { return len(e.b) }

// close ends the object that starts at start.
//
//go:noinline
func (e *encoder) close(start int) {
	if len(e.b) == start {
		e.b = append(e.b, '{', '}')
		return
	}
	e.b[start] = '{'
	e.b = append(e.b, '}')
}

// putStr writes a string member: its key k, which holds the comma, the
// quoted name and the colon (`,"userId":`), then its value. The put
// methods all write a member so; a put...Ptr method writes nothing for a
// nil pointer, as omitempty does.
//
//go:noinline
func (e *encoder) putStr(k, s string) {
	e.set(appendString(append(e.b, k...), s))
}

// putStrPtr writes a string member unless p is nil.
//
//go:noinline
func (e *encoder) putStrPtr(k string, p *string) {
	if p != nil {
		e.putStr(k, *p)
	}
}

// putBool writes a boolean member.
//
//go:noinline
func (e *encoder) putBool(k string, v bool) {
	e.set(strconv.AppendBool(append(e.b, k...), v))
}

// putBoolPtr writes a boolean member unless p is nil.
//
//go:noinline
func (e *encoder) putBoolPtr(k string, p *bool) {
	if p != nil {
		e.putBool(k, *p)
	}
}

// putFloat writes a number member.
//
//go:noinline
func (e *encoder) putFloat(k string, f float64) {
	e.set(append(e.b, k...))
	e.appendFloat(f)
}

// putFloatPtr writes a number member unless p is nil.
//
//go:noinline
func (e *encoder) putFloatPtr(k string, p *float64) {
	if p != nil {
		e.putFloat(k, *p)
	}
}

// putInt writes an integer member.
//
//go:noinline
func (e *encoder) putInt(k string, n int64) {
	e.set(strconv.AppendInt(append(e.b, k...), n, 10))
}

// putIntPtr writes an integer member unless p is nil.
//
//go:noinline
func (e *encoder) putIntPtr(k string, p *int64) {
	if p != nil {
		e.putInt(k, *p)
	}
}

// encodeEnum writes an enum member, as its number.
//
//go:noinline
func encodeEnum[E ~int](e *encoder, k string, v E) {
	e.putInt(k, int64(v))
}

// encodeEnumPtr writes an enum member unless p is nil.
//
//go:noinline
func encodeEnumPtr[E ~int](e *encoder, k string, p *E) {
	if p != nil {
		e.putInt(k, int64(*p))
	}
}

// putMarshal writes a value that has no hand-written encoding, such as a
// hashtable, with encoding/json.
//
//go:noinline
func (e *encoder) putMarshal(k string, v any) {
	b, err := json.Marshal(v)
	if err != nil && e.err == nil {
		e.err = err
	}
	e.set(append(append(e.b, k...), b...))
}

// putRaw writes an "any" value, which holds JSON text, as encoding/json
// writes a json.RawMessage: compacted, with <, >, & and U+2028 and U+2029
// escaped; a nil one is null.
//
//go:noinline
func (e *encoder) putRaw(k string, raw json.RawMessage) {
	b := append(e.b, k...)
	if raw == nil {
		e.set(append(b, "null"...))
		return
	}
	d := decoder{data: raw}
	d.skip()
	if d.peek(); d.err != nil || d.pos < len(d.data) {
		if e.err == nil {
			e.err = errors.New("json: an any value holds invalid JSON: " + strconv.Quote(string(raw)))
		}
		e.set(append(b, "null"...))
		return
	}
	start, inString := 0, false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if rawPlain[c] {
			continue
		}
		switch {
		case c == '"':
			inString = !inString
			continue
		case c == '\\':
			// The escaped byte goes with the run.
			i++
			continue
		case c <= ' ':
			if inString {
				continue
			}
			b = append(b, raw[start:i]...)
		case c == 0xE2:
			if i+2 >= len(raw) || raw[i+1] != 0x80 || raw[i+2]&^1 != 0xA8 {
				continue
			}
			b = append(append(b, raw[start:i]...), '\\', 'u', '2', '0', '2', hexDigits[raw[i+2]&0xF])
			i += 2
		default:
			b = append(append(b, raw[start:i]...), '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		start = i + 1
	}
	e.set(append(b, raw[start:]...))
}

// rawPlain holds the bytes putRaw copies as they are wherever they are:
// all but white space, quotes, backslashes, <, > and &, and the first
// byte of U+2028 and U+2029.
var rawPlain = func() (plain [256]bool) {
	for c := range plain {
		plain[c] = strings.IndexByte(" \t\n\r\"\\<>&\xE2", byte(c)) < 0
	}
	return plain
}()

// putObject writes an object member, the object at p, unless p is nil:
// then it writes null, or nothing when f is optional. An object within
// itself is written as null, and keeps the error json.Marshal returns for
// it.
//
//go:noinline
func (e *encoder) putObject(f *member, p unsafe.Pointer) {
	if p == nil {
		if f.required {
			e.set(append(append(e.b, f.key...), "null"...))
		}
		return
	}
	at := objectAt{p, f.object}
	if e.depth++; e.depth > cycleDepth && !e.unseen(at, "*"+f.object.name) {
		e.depth--
		e.set(append(append(e.b, f.key...), "null"...))
		return
	}
	e.set(append(e.b, f.key...))
	e.object(p, f.object)
	if e.depth > cycleDepth {
		delete(e.seen, at)
	}
	e.depth--
}

// putObjects writes an array member of objects, the slice at v, as
// putArray says. Every slice has the layout of a []byte, whose length is
// the slice's.
//
//go:noinline
func (e *encoder) putObjects(f *member, v unsafe.Pointer) {
	items := *(*[]byte)(v)
	if !e.putArray(f.key, items == nil, len(items), !f.required) {
		return
	}
	first := unsafe.Pointer(unsafe.SliceData(items))
	at := sliceAt{first, len(items), f.object}
	if e.depth++; e.depth > cycleDepth && !e.unseen(at, "[]"+f.object.name) {
		e.depth--
		e.set(append(e.b[:len(e.b)-1], "null"...))
		return
	}
	size := f.object.size
	for i := range len(items) {
		e.comma(i)
		e.object(unsafe.Add(first, uintptr(i)*size), f.object)
	}
	e.endArray()
	if e.depth > cycleDepth {
		delete(e.seen, at)
	}
	e.depth--
}

// putArray writes the key of an array member of n items and its '[', and
// reports whether the caller is to write the items, each after comma, and
// then endArray. A nil array is null; an empty one is left out when omit is
// true, as omitempty does.
//
//go:noinline
func (e *encoder) putArray(k string, isNil bool, n int, omit bool) bool {
	switch {
	case omit && n == 0:
		return false
	case isNil:
		e.set(append(append(e.b, k...), "null"...))
		return false
	case n == 0:
		e.set(append(append(e.b, k...), '[', ']'))
		return false
	}
	e.set(append(append(e.b, k...), '['))
	return true
}

// endArray ends an array that putArray started.
//
//go:noinline
func (e *encoder) endArray() { e.b = append(e.b, ']') }

// comma separates item i of an array from the one before.
//
//go:noinline
func (e *encoder) comma(i int) {
	if i > 0 {
		e.b = append(e.b, ',')
	}
}

// putStrs writes an array of strings, as putArray says.
//
//go:noinline
func (e *encoder) putStrs(k string, items []string, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		b := e.b
		for i, s := range items {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, s)
		}
		e.set(append(b, ']'))
	}
}

// putBools writes an array of booleans, as putArray says.
//
//go:noinline
func (e *encoder) putBools(k string, items []bool, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		b := e.b
		for i, v := range items {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendBool(b, v)
		}
		e.set(append(b, ']'))
	}
}

// putFloats writes an array of numbers, as putArray says.
//
//go:noinline
func (e *encoder) putFloats(k string, items []float64, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		for i, f := range items {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.appendFloat(f)
		}
		e.b = append(e.b, ']')
	}
}

// putInts writes an array of integers, as putArray says.
//
//go:noinline
func (e *encoder) putInts(k string, items []int64, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		b := e.b
		for i, n := range items {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, n, 10)
		}
		e.set(append(b, ']'))
	}
}

// encodeEnums writes an array of enums, as putArray says.
//
//go:noinline
func encodeEnums[E ~int](e *encoder, k string, items []E, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		b := e.b
		for i, v := range items {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(v), 10)
		}
		e.set(append(b, ']'))
	}
}

// appendFloat writes f as encoding/json does: like ES6, without exponent
// between 1e-6 and 1e21. NaN and the infinities have no JSON.
func (e *encoder) appendFloat(f float64) {
	// An integer of magnitude less than 2^53 is its own shortest decimal,
	// so that strconv.AppendInt writes it as strconv.AppendFloat does,
	// faster; but not -0, which is "-0".
	if n := int64(f); float64(n) == f && n > -1<<53 && n < 1<<53 && (n != 0 || !math.Signbit(f)) {
		e.set(strconv.AppendInt(e.b, n, 10))
		return
	}
	// A number of up to three decimals, such as 12.5, is n/10^k for the
	// least k for which the float64 nearest to n/10^k is f: below 1e11,
	// f's ulp is less than 10^-k, so that no other decimal of k decimals
	// or fewer stands for f, and this one is f's shortest.
	if a := math.Abs(f); a >= 1e-3 && a < 1e11 {
		for k, p := range [...]float64{1e1, 1e2, 1e3} {
			if n := math.Round(f * p); n/p == f {
				e.set(appendDecimal(e.b, int64(n), k+1))
				return
			}
		}
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if e.err == nil {
			e.err = errors.New("json: unsupported value: " + strconv.FormatFloat(f, 'g', -1, 64))
		}
		e.b = append(e.b, "null"...)
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(e.b, f, format, -1, 64)
	if format == 'e' {
		// 1e-07 becomes 1e-7.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.set(b)
}

// appendDecimal writes n/10^k with k decimals.
func appendDecimal(b []byte, n int64, k int) []byte {
	var text [24]byte
	i := len(text)
	u := uint64(n)
	if n < 0 {
		u = uint64(-n)
	}
	for range k {
		i--
		text[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	text[i] = '.'
	for {
		i--
		text[i] = byte('0' + u%10)
		if u /= 10; u == 0 {
			break
		}
	}
	if n < 0 {
		i--
		text[i] = '-'
	}
	return append(b, text[i:]...)
}

// hexDigits are the digits of \u escapes.
const hexDigits = "0123456789abcdef"

// htmlSafe holds the bytes appendString writes as they are: printable
// ASCII other than '"', '\\', '<', '>' and '&'.
var htmlSafe = func() (safe [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		safe[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return safe
}()

// htmlSafe8 reports whether the eight bytes of x are all bytes appendString
// writes as they are.
func htmlSafe8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// '"'|4 and '&'|4 are '&', '<'|2 and '>'|2 are '>', and no other
	// byte is either.
	amps, gts, backslashes := (x|ones*4)^(ones*'&'), (x|ones*2)^(ones*'>'), x^(ones*'\\')
	// A byte's high bit is set in x itself for a byte of 0x80 or more,
	// in x-' ' for a control character, and in (v-ones)&^v for a zero
	// byte of v.
	return (x|(x-ones*' ')|(amps-ones)&^amps|(gts-ones)&^gts|(backslashes-ones)&^backslashes)&highs == 0
}

// appendString writes s quoted as encoding/json does: <, > and & escaped
// for HTML, invalid UTF-8 replaced by U+FFFD, U+2028 and U+2029 escaped.
// Runs of bytes that need no escape are copied whole; a run of ASCII is
// gone through eight bytes at a time, then byte by byte.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if htmlSafe[c] {
			for i+8 <= len(s) && htmlSafe8(load64(s[i:])) {
				i += 8
			}
			for i < len(s) && htmlSafe[s[i]] {
				i++
			}
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(append(b, s[start:]...), '"')
}

// load64 returns the first eight bytes of s, which has eight or more, as
// a little-endian number: one load.
func load64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
