// Package files writes generated output to disk atomically: each file goes
// to a temporary file in its own directory and is renamed into place, and a
// file whose bytes did not change is not touched.
package files

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// WriteFile writes data to path atomically, unless path already holds
// exactly data. It reports whether it wrote.
func WriteFile(path string, data []byte) (bool, error) {
	old, err := os.ReadFile(path)
	if err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return false, err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return false, fmt.Errorf("write %s: %w", path, err)
	}
	return true, nil
}

// WriteAll writes every file under dir, in name order, and returns the
// names of the files it wrote.
func WriteAll(dir string, out map[string][]byte) ([]string, error) {
	names := make([]string, 0, len(out))
	for name := range out {
		names = append(names, name)
	}
	sort.Strings(names)
	var written []string
	for _, name := range names {
		ok, err := WriteFile(filepath.Join(dir, name), out[name])
		if err != nil {
			return written, err
		}
		if ok {
			written = append(written, name)
		}
	}
	return written, nil
}
