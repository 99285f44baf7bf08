package runtime

import "math"

// integerOf returns the integer that the JSON number s writes with a
// fraction, an exponent or more than 19 digits (2.50e1), or the violation
// of a number that is none: ViolationNotInteger for one with a fraction, ViolationWrongType for
// one beyond int64. It decides on the decimal text, exactly: rounded to a
// float64, 3.0000000000000001 would be 3, and 1e-400 would be 0.
func integerOf(s []byte) (int64, Violation) {
	negative := s[0] == '-'
	if negative {
		s = s[1:]
	}
	// The digits of s are those of its integer part, then those of its
	// fraction: digit(k) is digit k of them, multiplied by a power of ten
	// that exp says.
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	intEnd, fracStart, fracEnd := i, i, i
	if i < len(s) && s[i] == '.' {
		fracStart = i + 1
		for i = fracStart; i < len(s) && isDigit(s[i]); i++ {
		}
		fracEnd = i
	}
	var exp int64
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		sign := int64(1)
		switch s[i] {
		case '-':
			sign = -1
			i++
		case '+':
			i++
		}
		// An exponent of more than 17 digits puts any digit beyond
		// int64 or below the units: it saturates.
		for ; i < len(s); i++ {
			if exp < 1e17 {
				exp = exp*10 + int64(s[i]-'0')
			}
		}
		exp *= sign
	}
	total := intEnd + fracEnd - fracStart
	exp -= int64(fracEnd - fracStart)
	digit := func(k int) byte {
		if k < intEnd {
			return s[k]
		}
		return s[fracStart+k-intEnd]
	}
	// The significant digits are [first, last]: trailing zeros go to exp.
	first, last := 0, total-1
	for first < total && digit(first) == '0' {
		first++
	}
	if first == total {
		return 0, 0
	}
	for digit(last) == '0' {
		last--
		exp++
	}
	switch {
	case exp < 0:
		// The last significant digit is below the units.
		return 0, ViolationNotInteger
	case int64(last-first+1)+exp > 19:
		return 0, ViolationWrongType
	}
	var n uint64
	for k := first; k <= last; k++ {
		n = n*10 + uint64(digit(k)-'0')
	}
	for ; exp > 0; exp-- {
		n *= 10
	}
	switch {
	case !negative && n <= math.MaxInt64:
		return int64(n), 0
	case negative && n <= 1<<63:
		return int64(-n), 0
	}
	return 0, ViolationWrongType
}
