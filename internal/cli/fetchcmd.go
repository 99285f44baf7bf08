package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/docs2go/docs2go/internal/config"
	"github.com/docs2go/docs2go/internal/fetch"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// crawlFlags are the politeness flags fetch and check --fetch share.
type crawlFlags struct {
	concurrency int
	rate        float64
	timeout     time.Duration
	retries     int
	backoff     time.Duration
}

func (f *crawlFlags) add(cmd *cobra.Command) {
	cmd.Flags().IntVar(&f.concurrency, "concurrency", fetch.DefaultConcurrency, "how many requests may be in flight at once")
	cmd.Flags().Float64Var(&f.rate, "rate", fetch.DefaultRate, "how many requests may start per second")
	cmd.Flags().DurationVar(&f.timeout, "timeout", fetch.DefaultTimeout, "how long one request may take")
	cmd.Flags().IntVar(&f.retries, "retries", fetch.DefaultRetries, "how many times a request answered 429 or 5xx is tried again")
	cmd.Flags().DurationVar(&f.backoff, "backoff", fetch.DefaultBackoff, "the first wait before a request is tried again, doubled at each try, unless Retry-After says")
}

func (f *crawlFlags) check() error {
	switch {
	case f.concurrency < 1:
		return usageError(fmt.Errorf("--concurrency %d: want 1 or more", f.concurrency))
	case f.rate <= 0:
		return usageError(fmt.Errorf("--rate %g: want more than 0", f.rate))
	case f.timeout <= 0:
		return usageError(fmt.Errorf("--timeout %s: want more than 0", f.timeout))
	case f.retries < 0:
		return usageError(fmt.Errorf("--retries %d: want 0 or more", f.retries))
	case f.backoff <= 0:
		return usageError(fmt.Errorf("--backoff %s: want more than 0", f.backoff))
	}
	return nil
}

// options are the crawl's options from the flags.
func (f *crawlFlags) options() fetch.Options {
	retries := f.retries
	if retries == 0 {
		retries = -1
	}
	return fetch.Options{Concurrency: f.concurrency, Rate: f.rate, Timeout: f.timeout, Retries: retries, Backoff: f.backoff}
}

// sourceOptions are the crawl a config's source describes.
func sourceOptions(cfg *config.Config, opts fetch.Options) (fetch.Options, error) {
	if cfg.Source == nil {
		return opts, inputError(fmt.Errorf("%s has no source: say which site to fetch (see docs2go help config)", cfg.Path))
	}
	opts.Start = cfg.Source.Start
	if cfg.Source.Prefix != "" {
		opts.Prefixes = []string{cfg.Source.Prefix}
	}
	opts.Dir = cfg.Resolve(cfg.Source.Dir)
	return opts, nil
}

func (a *app) fetchCmd() *cobra.Command {
	var dir, prefix string
	var prune bool
	var flags crawlFlags
	cmd := &cobra.Command{
		Use:   "fetch [URL...]",
		Short: "Fetch the documentation pages from the vendor's site",
		Long: `fetch crawls a documentation site from its start URLs, follows the links
that stay under the URL prefix (by default the folder of each start URL),
and saves each page that documents an endpoint, as the site serves it,
under a name made of its URL path (/api/auth/login → api_auth_login.html).
Pages that document none (an index, an overview) are not saved, but their
links are followed.

It is polite: it honours robots.txt (as "docs2go"), keeps to --concurrency
requests at once and --rate requests a second, gives each request
--timeout, tries again after 429 and 5xx answers (waiting as Retry-After
says, or longer each time), names docs2go and its version in User-Agent,
and follows redirects only within the prefix, never around a loop.

It is incremental: the manifest beside the pages (` + fetch.ManifestName + `)
keeps each page's URL, ETag and Last-Modified, the next run asks whether
each page changed, and only the pages whose bytes changed are rewritten,
each atomically. Pages gone from the site are reported; --prune removes
them, when no page failed.

On a terminal it shows a progress bar on stderr, otherwise a line per
page; then a summary. It exits 1 when any page failed, naming each.

Given no URL, fetch does what docs2go.yaml's source says; -o and --prefix
override it.`,
		Example: `  docs2go fetch https://docs.example.com/api/ -o pages/
  docs2go fetch        # docs2go.yaml's source
  docs2go fetch && docs2go generate`,
		RunE: func(cmd *cobra.Command, urls []string) error {
			if err := flags.check(); err != nil {
				return err
			}
			opts := flags.options()
			if len(urls) > 0 {
				if err := a.noConfig(cmd); err != nil {
					return err
				}
				if dir == "" {
					return usageError(errors.New("fetch: -o DIR is required"))
				}
				opts.Start = urls
			} else {
				cfg, err := a.needConfig(cmd, "one or more URLs")
				if err != nil {
					return err
				}
				if opts, err = sourceOptions(cfg, opts); err != nil {
					return err
				}
			}
			if dir != "" {
				opts.Dir = dir
			}
			if prefix != "" {
				opts.Prefixes = []string{prefix}
			}
			opts.Prune = prune
			_, err := a.fetch(opts)
			return err
		},
	}
	cmd.Flags().StringVarP(&dir, "output", "o", "", "the folder to save the pages in")
	cmd.Flags().StringVar(&prefix, "prefix", "", "follow only links that start with this URL (default: the folder of each start URL)")
	cmd.Flags().BoolVar(&prune, "prune", false, "remove the saved pages that are gone from the site")
	flags.add(cmd)
	return cmd
}

// fetch crawls as opts say, showing its progress and a summary on stderr.
// Any page that failed makes it an input error naming each.
func (a *app) fetch(opts fetch.Options) (*fetch.Result, error) {
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, inputError(err)
	}
	opts.UserAgent = "docs2go/" + version() + " (+https://github.com/docs2go/docs2go)"
	opts.Skip = notDocumentation
	p := newProgress(a.stderr)
	opts.Progress = p.event
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := fetch.Crawl(ctx, opts)
	p.end()
	if errors.Is(err, context.Canceled) {
		return nil, inputError(errors.New("fetch: interrupted: each page saved is whole; fetch again to finish"))
	}
	if err != nil {
		return nil, inputError(fmt.Errorf("fetch: %w", err))
	}
	summarize(a.stderr, res)
	if failed := res.Only(fetch.Failed); len(failed) > 0 {
		lines := make([]string, len(failed))
		for i, f := range failed {
			lines[i] = fmt.Sprintf("%s: %v", f.URL, f.Err)
		}
		return nil, inputError(fmt.Errorf("fetch: %s failed:\n%s", plural(len(failed), "page"), strings.Join(lines, "\n")))
	}
	return res, nil
}

// summarize writes what the crawl did: a line per page gone, and the
// counts.
func summarize(w io.Writer, res *fetch.Result) {
	for _, g := range res.Only(fetch.Gone) {
		what := "kept (--prune removes it)"
		if res.Pruned {
			what = "removed"
		}
		fmt.Fprintf(w, "gone: %s (%s): %s\n", g.Name, g.URL, what)
	}
	fetched := res.Count(fetch.New) + res.Count(fetch.Changed) + res.Count(fetch.Unchanged)
	fmt.Fprintf(w, "fetch: %s: %d changed, %d unchanged, %d new, %d gone, %d failed",
		plural(fetched, "page"), res.Count(fetch.Changed), res.Count(fetch.Unchanged), res.Count(fetch.New), res.Count(fetch.Gone), res.Count(fetch.Failed))
	if n := res.Count(fetch.Skipped); n > 0 {
		fmt.Fprintf(w, ", %d not saved", n)
	}
	if n := res.Count(fetch.Disallowed); n > 0 {
		fmt.Fprintf(w, ", %d disallowed by robots.txt", n)
	}
	fmt.Fprintln(w)
}

// noEndpoint starts the parser's error for a page that documents no
// endpoint.
const noEndpoint = "not an API documentation page"

// notDocumentation says why a fetched page is not worth saving: the
// parser, reading it alone, finds that it documents no endpoint, whatever
// else it finds wrong with it (an overview's table of services is no
// field table). A page that fails alone for another reason is saved:
// read with the other pages, it may parse.
func notDocumentation(name string, body []byte) string {
	_, err := parser.Parse([]parser.Page{{Name: name, Data: body}}, parser.Options{Name: "api"})
	var diags schema.Diagnostics
	if err == nil || !errors.As(err, &diags) {
		return ""
	}
	for _, d := range diags {
		if strings.HasPrefix(d.Msg, noEndpoint) {
			return "documents no endpoint"
		}
	}
	return ""
}

// version is docs2go's module version, or "(devel)".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// progress shows the crawl on stderr: a bar redrawn in place on a
// terminal, a line per page otherwise.
type progress struct {
	w        io.Writer
	terminal bool
	drawn    bool
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			p.terminal = true
		}
	}
	return p
}

// barWidth is the width of the bar, in cells.
const barWidth = 30

func (p *progress) event(ev fetch.Event) {
	if !p.terminal {
		line := fmt.Sprintf("%s %s", ev.Status, ev.URL)
		switch {
		case ev.Err != nil:
			line += ": " + ev.Err.Error()
		case ev.Note != "":
			line += ": " + ev.Note
		case ev.Name != "":
			line += " → " + ev.Name
		}
		fmt.Fprintln(p.w, line)
		return
	}
	filled := barWidth * ev.Done / max(ev.Total, 1)
	fmt.Fprintf(p.w, "\r\x1b[Kfetch [%s%s] %d/%d pages, %s", strings.Repeat("=", filled), strings.Repeat(" ", barWidth-filled), ev.Done, ev.Total, plural(ev.Failures, "error"))
	p.drawn = true
}

// end ends the bar's line.
func (p *progress) end() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}
