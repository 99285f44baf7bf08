package golang

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Roots are the declarations of a protocol's runtime that the files of a
// package name. A backend works them out from the model, in one function,
// before any file is written; the files then name each through Name. So
// what shared.go holds does not depend on which files were written, or in
// which order, and a name the backend did not count is an error of
// Generate rather than a package that does not compile.
type Roots struct {
	names map[string]bool
	mu    sync.Mutex
	// unknown are the names the files named that are not roots.
	unknown map[string]bool
}

// NewRoots returns the roots names.
func NewRoots(names ...string) *Roots {
	r := &Roots{names: map[string]bool{}, unknown: map[string]bool{}}
	r.Add(names...)
	return r
}

// Add counts names among the roots.
func (r *Roots) Add(names ...string) {
	for _, name := range names {
		r.names[name] = true
	}
}

// Name returns name, a root, for a file to name. A name that is not a
// root is kept, and Err reports it.
func (r *Roots) Name(name string) string {
	if !r.names[name] {
		r.mu.Lock()
		r.unknown[name] = true
		r.mu.Unlock()
	}
	return name
}

// Err names the declarations the files named that are not roots, or is
// nil.
func (r *Roots) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.unknown) == 0 {
		return nil
	}
	names := make([]string, 0, len(r.unknown))
	for name := range r.unknown {
		names = append(names, name)
	}
	sort.Strings(names)
	return fmt.Errorf("the generated code names %s of the runtime, which the backend did not count among the package's runtime roots", strings.Join(names, ", "))
}
