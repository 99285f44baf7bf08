package pagegen_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/docs2go/docs2go/generator"
	"github.com/docs2go/docs2go/internal/cli"
	"github.com/docs2go/docs2go/internal/pagegen"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// The benchmarks below run the pipeline on n copies of a sample page: n
// operations, each with its object types and enums of its own (22 on
// GearN's sample), as a large API documents them. `make bench` leaves out BenchmarkBuildScale,
// which takes minutes; `make bench-scale` runs them all.

var sizes = []int{100, 1000}

// benchPages returns n copies of the sample at path.
func benchPages(b *testing.B, path string, n int) []parser.Page {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	pages, err := pagegen.Pages([]parser.Page{{Name: filepath.Base(path), Data: data}}, n)
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

func parsePages(b *testing.B, pages []parser.Page) *schema.API {
	b.Helper()
	res, err := parser.Parse(pages, parser.Options{Name: "scale"})
	if err != nil {
		b.Fatal(err)
	}
	if len(res.API.Operations) != len(pages) {
		b.Fatalf("%d operations from %d pages", len(res.API.Operations), len(pages))
	}
	return res.API
}

func generate(b *testing.B, api *schema.API) map[string][]byte {
	b.Helper()
	files, err := generator.Generate(api, generator.Options{Package: "scale", SchemaPath: "scale.yaml"})
	if err != nil {
		b.Fatal(err)
	}
	return files
}

// parseSamples are the samples BenchmarkParse copies, by name: the
// flattened text sample, the HTML one, and the flattened one with a row
// that lost its type cell, which only a table of another type documents
// (testdata/002_lost_type.txt): each copy's row is recovered from the
// rows of its code on every page.
var parseSamples = []struct{ name, path string }{
	{"txt", "../../testdata/pages/002_c5ff9cb488e598e1.txt"},
	{"html", "../../testdata/html/002_c5ff9cb488e598e1.html"},
	{"txt-lost-type", "testdata/002_lost_type.txt"},
}

// scaleSamples are the samples BenchmarkGenerate and BenchmarkBuildScale
// copy, by protocol: GearN's flattened text sample, an operation of three
// roles and its twenty object types and enums, and Kakao Games' sample,
// an operation whose HTTP status carries the outcome, with its headers,
// statuses and error bodies.
var scaleSamples = []struct{ name, path string }{
	{"gearn", "../../testdata/pages/002_c5ff9cb488e598e1.txt"},
	{"kakao", "../../testdata/pages/004_28460c040084b103.txt"},
}

// BenchmarkParse parses n copies of each of parseSamples, all pages in
// one Parse call, and reports the input's size and the process's peak
// resident memory.
func BenchmarkParse(b *testing.B) {
	for _, sample := range parseSamples {
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/N=%d", sample.name, n), func(b *testing.B) {
				pages := benchPages(b, sample.path, n)
				size := 0
				for _, p := range pages {
					size += len(p.Data)
				}
				b.ReportAllocs()
				peak := startPeak()
				for b.Loop() {
					parsePages(b, pages)
				}
				peak.report(b)
				b.ReportMetric(float64(size)/1e6, "input-MB")
			})
		}
	}
}

// BenchmarkParseCommand runs docs2go parse DIR -o FILE, the command end
// to end (reading the files, parsing, printing the warnings, saving the
// schema), on n copies of the flattened text sample and of the HTML one
// written to a directory. Its stderr is a file, as a redirected one; it
// reports the lines printed there, the process's CPU time and peak
// resident memory.
func BenchmarkParseCommand(b *testing.B) {
	for _, sample := range []string{"../../testdata/pages/002_c5ff9cb488e598e1.txt", "../../testdata/html/002_c5ff9cb488e598e1.html"} {
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/N=%d", filepath.Ext(sample)[1:], n), func(b *testing.B) {
				dir := b.TempDir()
				for _, p := range benchPages(b, sample, n) {
					if err := os.WriteFile(filepath.Join(dir, p.Name), p.Data, 0o644); err != nil {
						b.Fatal(err)
					}
				}
				out := filepath.Join(b.TempDir(), "scale.yaml")
				stderr, err := os.Create(filepath.Join(b.TempDir(), "stderr"))
				if err != nil {
					b.Fatal(err)
				}
				defer stderr.Close()
				b.ReportAllocs()
				peak := startPeak()
				for b.Loop() {
					if err := stderr.Truncate(0); err != nil {
						b.Fatal(err)
					}
					if _, err := stderr.Seek(0, io.SeekStart); err != nil {
						b.Fatal(err)
					}
					if code := cli.Run([]string{"parse", dir, "--name", "scale", "-o", out}, io.Discard, stderr); code != cli.ExitOK {
						b.Fatalf("parse exited %d", code)
					}
				}
				peak.report(b)
				printed, err := os.ReadFile(stderr.Name())
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(bytes.Count(printed, []byte("\n"))), "stderr-lines")
			})
		}
	}
}

// BenchmarkGenerate generates the package of n operations parsed from
// copies of each of scaleSamples, and reports the lines emitted and the
// process's peak resident memory.
func BenchmarkGenerate(b *testing.B) {
	for _, sample := range scaleSamples {
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/N=%d", sample.name, n), func(b *testing.B) {
				api := parsePages(b, benchPages(b, sample.path, n))
				b.ReportAllocs()
				var files map[string][]byte
				peak := startPeak()
				for b.Loop() {
					files = generate(b, api)
				}
				peak.report(b)
				b.ReportMetric(float64(lines(files)), "lines")
			})
		}
	}
}

// BenchmarkSave writes the schema of n operations parsed from copies of
// the flattened text sample as YAML, as docs2go parse does last, and
// reports the bytes written and the process's peak resident memory.
func BenchmarkSave(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			api := parsePages(b, benchPages(b, "../../testdata/pages/002_c5ff9cb488e598e1.txt", n))
			b.ReportAllocs()
			var out []byte
			peak := startPeak()
			for b.Loop() {
				var err error
				if out, err = schema.Save(api); err != nil {
					b.Fatal(err)
				}
			}
			peak.report(b)
			b.ReportMetric(float64(len(out))/1e6, "output-MB")
		})
	}
}

// BenchmarkBuildScale runs pages → parse → generate → go build of the
// output for n copies of each of scaleSamples, and reports the build's
// share of the time, the CPU time of the build's processes, which a shared
// machine inflates far less, the lines emitted and the largest resident
// memory of a process of the build (the compiler's). Each build sees a constant it has
// never seen, so that go build compiles the package rather than finding it
// in its cache; the standard library comes from the cache.
func BenchmarkBuildScale(b *testing.B) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("no go command on PATH")
	}
	for _, sample := range scaleSamples {
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/N=%d", sample.name, n), func(b *testing.B) {
				buildScale(b, goTool, benchPages(b, sample.path, n))
			})
		}
	}
}

// buildScale is BenchmarkBuildScale on pages.
func buildScale(b *testing.B, goTool string, pages []parser.Page) {
	dir := b.TempDir()
	mod := "module example.com/scale\n\ngo 1.24\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		b.Fatal(err)
	}
	var build, buildCPU time.Duration
	var maxRSS int64
	var emitted int
	for b.Loop() {
		files := generate(b, parsePages(b, pages))
		emitted = lines(files)
		files["nonce.go"] = fmt.Appendf(nil, "package scale\n\nconst buildNonce = %d\n", time.Now().UnixNano())
		for name, data := range files {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
		cmd := exec.Command(goTool, "build", "./...")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("go build: %v\n%s", err, out)
		}
		build += time.Since(start)
		buildCPU += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			maxRSS = max(maxRSS, int64(ru.Maxrss)) // KiB on Linux
		}
	}
	b.ReportMetric(build.Seconds()/float64(b.N), "build-s/op")
	b.ReportMetric(buildCPU.Seconds()/float64(b.N), "build-cpu-s/op")
	b.ReportMetric(float64(maxRSS)/1024, "build-peak-MiB")
	b.ReportMetric(float64(emitted), "lines")
}

func lines(files map[string][]byte) int {
	n := 0
	for _, data := range files {
		n += bytes.Count(data, []byte("\n"))
	}
	return n
}

// peak measures the CPU time the process spends, user and system, which a
// machine shared with other work inflates far less than the time on the
// wall; and its peak resident memory: Linux's VmHWM, reset after the memory
// the Go runtime holds free is given back. Where either is not possible it
// reports nothing of it.
type peak struct {
	ok  bool
	cpu time.Duration
}

func startPeak() peak {
	debug.FreeOSMemory()
	return peak{ok: os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil, cpu: cpuTime()}
}

// cpuTime returns the CPU time the process has spent, or 0.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func (p peak) report(b *testing.B) {
	if p.cpu > 0 {
		b.ReportMetric((cpuTime()-p.cpu).Seconds()/float64(b.N), "cpu-s/op")
	}
	if !p.ok {
		return
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for l := range strings.Lines(string(status)) {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kib, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err == nil {
				b.ReportMetric(float64(kib)/1024, "peak-RSS-MiB")
			}
		}
	}
}
