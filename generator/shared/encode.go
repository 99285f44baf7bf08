package shared

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// encoder writes the JSON of answers, byte for byte as encoding/json.Marshal
// writes the same values, without reflection. Every member is written with
// a comma before it; close turns the comma of the first member of an object
// into the object's '{'. The first value that cannot be written, such as
// NaN, is kept in err. The methods the generated code calls once per
// member are not inlined, as the decoder's are not.
type encoder struct {
	b   []byte
	err error
}

// appendJSON appends v to b, after making room for hint bytes.
//
//go:noinline
func appendJSON(b []byte, hint int, v interface{ encode(e *encoder) }) ([]byte, error) {
	e := encoder{b: slices.Grow(b, hint)}
	v.encode(&e)
	return e.b, e.err
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
	e.b = appendString(append(e.b, k...), s)
}

//go:noinline
func (e *encoder) putStrPtr(k string, p *string) {
	if p != nil {
		e.putStr(k, *p)
	}
}

//go:noinline
func (e *encoder) putBool(k string, v bool) {
	e.b = strconv.AppendBool(append(e.b, k...), v)
}

//go:noinline
func (e *encoder) putBoolPtr(k string, p *bool) {
	if p != nil {
		e.putBool(k, *p)
	}
}

//go:noinline
func (e *encoder) putFloat(k string, f float64) {
	e.b = append(e.b, k...)
	e.appendFloat(f)
}

//go:noinline
func (e *encoder) putFloatPtr(k string, p *float64) {
	if p != nil {
		e.putFloat(k, *p)
	}
}

//go:noinline
func (e *encoder) putInt(k string, n int64) {
	e.b = strconv.AppendInt(append(e.b, k...), n, 10)
}

//go:noinline
func (e *encoder) putIntPtr(k string, p *int64) {
	if p != nil {
		e.putInt(k, *p)
	}
}

//go:noinline
func encodeEnum[E ~int](e *encoder, k string, v E) {
	e.putInt(k, int64(v))
}

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
	e.b = append(append(e.b, k...), b...)
}

// putRaw writes an "any" value, which holds JSON text, as encoding/json
// writes a json.RawMessage: compacted, with <, >, & and U+2028 and U+2029
// escaped; a nil one is null.
//
//go:noinline
func (e *encoder) putRaw(k string, raw json.RawMessage) {
	e.b = append(e.b, k...)
	if raw == nil {
		e.b = append(e.b, "null"...)
		return
	}
	d := decoder{data: raw}
	d.skip()
	if d.peek(); d.err != nil || d.pos < len(d.data) {
		if e.err == nil {
			e.err = errors.New("json: an any value holds invalid JSON: " + strconv.Quote(string(raw)))
		}
		e.b = append(e.b, "null"...)
		return
	}
	inString := false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case inString && c == '\\':
			e.b = append(e.b, c, raw[i+1])
			i++
		case c == '"':
			inString = !inString
			e.b = append(e.b, c)
		case !inString && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
		case c == '<' || c == '>' || c == '&':
			e.b = append(e.b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		case c == 0xE2 && i+2 < len(raw) && raw[i+1] == 0x80 && raw[i+2]&^1 == 0xA8:
			e.b = append(e.b, '\\', 'u', '2', '0', '2', hexDigits[raw[i+2]&0xF])
			i += 2
		default:
			e.b = append(e.b, c)
		}
	}
}

// putObject writes the key of an object member and reports whether the
// caller is to write the object: not when it is absent, for which it
// writes null, or nothing when omit is true.
//
//go:noinline
func (e *encoder) putObject(k string, present, omit bool) bool {
	switch {
	case present:
		e.b = append(e.b, k...)
		return true
	case !omit:
		e.b = append(append(e.b, k...), "null"...)
	}
	return false
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
		e.b = append(append(e.b, k...), "null"...)
		return false
	case n == 0:
		e.b = append(append(e.b, k...), '[', ']')
		return false
	}
	e.b = append(append(e.b, k...), '[')
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

//go:noinline
func (e *encoder) putStrs(k string, items []string, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		for i, s := range items {
			e.comma(i)
			e.b = appendString(e.b, s)
		}
		e.endArray()
	}
}

//go:noinline
func (e *encoder) putBools(k string, items []bool, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		for i, v := range items {
			e.comma(i)
			e.b = strconv.AppendBool(e.b, v)
		}
		e.endArray()
	}
}

//go:noinline
func (e *encoder) putFloats(k string, items []float64, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		for i, f := range items {
			e.comma(i)
			e.appendFloat(f)
		}
		e.endArray()
	}
}

//go:noinline
func (e *encoder) putInts(k string, items []int64, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		for i, n := range items {
			e.comma(i)
			e.b = strconv.AppendInt(e.b, n, 10)
		}
		e.endArray()
	}
}

//go:noinline
func encodeEnums[E ~int](e *encoder, k string, items []E, omit bool) {
	if e.putArray(k, items == nil, len(items), omit) {
		for i, v := range items {
			e.comma(i)
			e.b = strconv.AppendInt(e.b, int64(v), 10)
		}
		e.endArray()
	}
}

// appendFloat writes f as encoding/json does: like ES6, without exponent
// between 1e-6 and 1e21. NaN and the infinities have no JSON.
func (e *encoder) appendFloat(f float64) {
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
	e.b = b
}

// hexDigits are the digits of \u escapes.
const hexDigits = "0123456789abcdef"

// appendString writes s quoted as encoding/json does: <, > and & escaped
// for HTML, invalid UTF-8 replaced by U+FFFD, U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
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
