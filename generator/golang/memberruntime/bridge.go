package memberruntime

// This file stands in for what the generator writes next to the code of
// this package from the schema, so that the package compiles and its
// tests run on their own. The generator's golden tests compile the real
// thing.

// Violation stands in for the generated type of the same name.
type Violation int

// The violations the generator declares, in its order.
const (
	ViolationMissing Violation = iota + 1
	ViolationWrongType
	ViolationStringEmpty
	ViolationStringTooShort
	ViolationStringTooLong
	ViolationNumberTooSmall
	ViolationNumberTooLarge
	ViolationNotInteger
	ViolationObjectNull
	ViolationArrayNull
	ViolationArrayTooShort
	ViolationArrayTooLong
	ViolationNotAllowed
)

// MemberError stands in for the generated type of the same name.
type MemberError struct {
	Member    string
	Violation Violation
}

// ValidationError stands in for the generated type of the same name.
type ValidationError struct {
	Members []MemberError
}

func (e *ValidationError) Error() string { return "invalid members" }
