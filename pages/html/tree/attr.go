package tree

import "golang.org/x/net/html/atom"

// maxWrittenAttrs is how many attributes a start tag may have for its
// attributes to be read from its text (writtenAttrs): its keys are told
// apart one by one.
const maxWrittenAttrs = 16

// writtenAttrs appends the attributes of the start tag raw, as written,
// to attrs, as html.Tokenizer's TagAttr reads them one after another,
// without its copy of each key and value. It reads them only where TagAttr
// would read them as they are written: where raw holds no character
// reference, carriage return or NUL, and no more than maxWrittenAttrs
// attributes; else it reports false. It scans raw as the tokenizer's
// readTag, readTagAttrKey and readTagAttrVal (golang.org/x/net/html
// v0.58.0, token.go) scan it, keeping the first of the attributes whose
// keys are the same but for case. key is where it lowers a key; each
// value is b's (value).
func writtenAttrs(raw []byte, attrs []Attribute, key []byte, b *Builder) ([]Attribute, []byte, bool) {
	for _, c := range raw {
		if c == '&' || c == '\r' || c == 0 {
			return attrs, key, false
		}
	}
	first := len(attrs)
	s := tagScan{raw: raw, at: 2}
	s.name()
	s.space()
	for s.ok() {
		if s.raw[s.at] == '>' {
			if s.at != len(s.raw)-1 {
				break
			}
			return attrs, key, true
		}
		k0, k1 := s.key()
		v0, v1 := s.value()
		if !s.ok() {
			break
		}
		if k0 != k1 {
			key = key[:0]
			for _, c := range raw[k0:k1] {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				key = append(key, c)
			}
			seen := false
			for _, a := range attrs[first:] {
				seen = seen || a.Key == string(key)
			}
			if !seen {
				if len(attrs)-first == maxWrittenAttrs {
					break
				}
				attrs = append(attrs, Attribute{Key: atom.String(key), Val: b.value(raw[v0:v1])})
			}
		}
		s.space()
	}
	return attrs[:first], key, false
}

// tagScan scans a start tag's text raw from at, as the tokenizer reads
// it; a scan that runs past raw's end, which a start tag the tokenizer
// read does not, is not ok.
type tagScan struct {
	raw []byte
	at  int
}

// ok reports whether the scan is still within raw.
func (s *tagScan) ok() bool { return s.at < len(s.raw) }

// next returns the byte at, and moves on; false past raw's end.
func (s *tagScan) next() (byte, bool) {
	if s.at >= len(s.raw) {
		s.at = len(s.raw) + 1
		return 0, false
	}
	s.at++
	return s.raw[s.at-1], true
}

// name passes the rest of the tag's name, as readTagName.
func (s *tagScan) name() {
	for {
		c, ok := s.next()
		if !ok {
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
			return
		case '/', '>':
			s.at--
			return
		}
	}
}

// space passes whitespace, as skipWhiteSpace.
func (s *tagScan) space() {
	for {
		c, ok := s.next()
		if !ok {
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
		default:
			s.at--
			return
		}
	}
}

// key returns where an attribute's key begins and ends, as
// readTagAttrKey.
func (s *tagScan) key() (int, int) {
	start := s.at
	for {
		c, ok := s.next()
		if !ok {
			return start, s.at
		}
		switch c {
		case '=':
			if start+1 == s.at {
				continue
			}
			s.at--
			return start, s.at
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			s.at--
			return start, s.at
		}
	}
}

// value returns where an attribute's value begins and ends, as
// readTagAttrVal.
func (s *tagScan) value() (int, int) {
	start := s.at
	if s.space(); !s.ok() {
		return start, start
	}
	c, _ := s.next()
	if c == '/' {
		return start, start
	}
	if c != '=' {
		s.at--
		return start, start
	}
	if s.space(); !s.ok() {
		return start, start
	}
	quote, _ := s.next()
	switch quote {
	case '>':
		s.at--
		return start, start
	case '\'', '"':
		start = s.at
		for {
			c, ok := s.next()
			if !ok {
				return start, s.at
			}
			if c == quote {
				return start, s.at - 1
			}
		}
	default:
		start = s.at - 1
		for {
			c, ok := s.next()
			if !ok {
				return start, s.at
			}
			switch c {
			case ' ', '\n', '\r', '\t', '\f':
				return start, s.at - 1
			case '>':
				s.at--
				return start, s.at
			}
		}
	}
}
