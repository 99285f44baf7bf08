package fetch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/docs2go/docs2go/internal/files"
)

// ManifestName is the manifest's file name, beside the pages.
const ManifestName = "docs2go-fetch.json"

// Manifest lists the pages a crawl saved, with what the server said of
// each, so that the next crawl can ask whether it changed.
type Manifest struct {
	Pages []Entry `json:"pages"`
	// index is Pages by URL, as loaded.
	index map[string]Entry
}

// Entry is one saved page.
type Entry struct {
	URL          string `json:"url"`
	Name         string `json:"name"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"lastModified,omitempty"`
}

// LoadManifest reads the manifest of dir; a dir without one has an empty
// manifest.
func LoadManifest(dir string) (*Manifest, error) {
	path := filepath.Join(dir, ManifestName)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Manifest{}, nil
	}
	if err != nil {
		return nil, err
	}
	m := &Manifest{}
	if err := json.Unmarshal(data, m); err != nil {
		return nil, fmt.Errorf("%s: %w (remove it to fetch every page again)", path, err)
	}
	m.index = make(map[string]Entry, len(m.Pages))
	for _, e := range m.Pages {
		m.index[e.URL] = e
	}
	return m, nil
}

// byURL returns the entry of a URL.
func (m *Manifest) byURL(u string) (Entry, bool) {
	e, ok := m.index[u]
	return e, ok
}

// Save writes the manifest into dir, its entries in name order, unless
// it holds these bytes already.
func (m *Manifest) Save(dir string) error {
	sort.Slice(m.Pages, func(i, j int) bool { return m.Pages[i].Name < m.Pages[j].Name })
	if m.Pages == nil {
		m.Pages = []Entry{}
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	_, err = files.WriteFile(filepath.Join(dir, ManifestName), append(data, '\n'))
	return err
}
