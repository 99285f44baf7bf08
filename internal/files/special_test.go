//go:build unix

package files

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteFileKeepsSpecialFiles writes to a named pipe and through a
// symbolic link: the pipe stays a pipe and gets the bytes (as -o
// /dev/null must leave /dev/null a device), the link stays a link and
// its target gets the bytes.
func TestWriteFileKeepsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "out.pipe")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	read := make(chan []byte)
	go func() {
		f, err := os.Open(pipe)
		if err != nil {
			read <- nil
			return
		}
		defer f.Close()
		data, _ := io.ReadAll(f)
		read <- data
	}()
	if _, err := WriteFile(pipe, []byte("schema\n")); err != nil {
		t.Fatal(err)
	}
	if got := <-read; string(got) != "schema\n" {
		t.Errorf("the pipe's reader got %q", got)
	}
	if fi, err := os.Lstat(pipe); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("%s is no longer a named pipe: %v, %v", pipe, fi.Mode(), err)
	}

	target := filepath.Join(dir, "schema.yaml")
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteFile(link, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("%s is no longer a symbolic link: %v", link, err)
	}
	if data, err := os.ReadFile(target); err != nil || string(data) != "new\n" {
		t.Errorf("the link's target holds %q, %v", data, err)
	}
}
